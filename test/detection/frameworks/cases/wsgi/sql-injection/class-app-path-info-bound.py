import json
import sqlite3


class CatalogApp:
    def __init__(self, db_path):
        self.db_path = db_path

    def __call__(self, environ, start_response):
        category = environ.get("PATH_INFO", "/").strip("/")
        with sqlite3.connect(self.db_path) as db:
            rows = db.execute("SELECT sku, title FROM items WHERE category = ?", (category,)).fetchall()
        start_response("200 OK", [("Content-Type", "application/json")])
        return [json.dumps(dict(rows)).encode()]


application = CatalogApp("catalog.db")
