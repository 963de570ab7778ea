import falcon
import psycopg2

conn = psycopg2.connect("dbname=inventory")


class ProductsResource:
    def on_get(self, req, resp):
        limit = req.get_param_as_int("limit", default=50, min_value=1, max_value=500)
        offset = req.get_param_as_int("offset", default=0, min_value=0)
        with conn.cursor() as cur:
            cur.execute(f"SELECT sku, name, stock FROM products ORDER BY name LIMIT {limit} OFFSET {offset}")
            resp.media = [dict(zip(("sku", "name", "stock"), r)) for r in cur.fetchall()]


app = falcon.App()
app.add_route("/products", ProductsResource())
