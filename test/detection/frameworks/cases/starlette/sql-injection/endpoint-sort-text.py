from sqlalchemy import create_engine, text
from starlette.applications import Starlette
from starlette.endpoints import HTTPEndpoint
from starlette.responses import JSONResponse
from starlette.routing import Route

engine = create_engine("postgresql+psycopg2://shop@localhost/shop")


class ProductList(HTTPEndpoint):
    async def get(self, request):
        sort = request.query_params.get("sort", "name")
        direction = "DESC" if request.query_params.get("desc") else "ASC"
        stmt = text("SELECT id, name, price FROM products ORDER BY {} {}".format(sort, direction))
        with engine.connect() as conn:
            products = [dict(row._mapping) for row in conn.execute(stmt)]
        return JSONResponse(products)


app = Starlette(routes=[Route("/products", ProductList)])
