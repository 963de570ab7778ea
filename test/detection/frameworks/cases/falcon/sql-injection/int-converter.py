import sqlite3

import falcon


class CustomerItem:
    def on_get(self, req, resp, customer_id):
        row = sqlite3.connect("crm.db").execute(f"SELECT id, name FROM customers WHERE id = {customer_id}").fetchone()
        if row is None:
            raise falcon.HTTPNotFound()
        resp.media = {"id": row[0], "name": row[1]}


app = falcon.App()
app.add_route("/customers/{customer_id:int}", CustomerItem())
