import sqlite3

import falcon


class CustomerSearch:
    def on_get(self, req, resp):
        city = req.get_param("city", default="")
        db = sqlite3.connect("crm.db")
        rows = db.execute("SELECT id, name FROM customers WHERE city = ?", (city,)).fetchall()
        resp.media = [{"id": i, "name": n} for i, n in rows]


app = falcon.App()
app.add_route("/customers", CustomerSearch())
