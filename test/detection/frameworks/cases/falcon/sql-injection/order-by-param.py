import falcon
import psycopg2

conn = psycopg2.connect("dbname=inventory")


class ProductsResource:
    def on_get(self, req, resp):
        order = req.get_param("order") or "name"
        limit = req.get_param_as_int("limit", default=50, min_value=1, max_value=500)
        with conn.cursor() as cur:
            cur.execute(f"SELECT sku, name, stock FROM products ORDER BY {order} LIMIT {limit}")
            resp.media = [dict(zip(("sku", "name", "stock"), r)) for r in cur.fetchall()]


app = falcon.App()
app.add_route("/products", ProductsResource())
