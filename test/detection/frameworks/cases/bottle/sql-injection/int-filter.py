import sqlite3

from bottle import Bottle

app = Bottle()


@app.get("/orders/<order_id:int>")
def order(order_id):
    row = sqlite3.connect("app.db").execute(f"SELECT id, total FROM orders WHERE id = {order_id}").fetchone()
    return {"id": row[0], "total": row[1]} if row else {"found": False}
