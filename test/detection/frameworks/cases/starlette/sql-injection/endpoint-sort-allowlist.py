from sqlalchemy import create_engine, text
from starlette.applications import Starlette
from starlette.endpoints import HTTPEndpoint
from starlette.responses import JSONResponse
from starlette.routing import Route

engine = create_engine("postgresql+psycopg2://shop@localhost/shop")
SORT_COLUMNS = {"name": "name", "price": "price", "newest": "created_at"}


class ProductList(HTTPEndpoint):
    async def get(self, request):
        column = SORT_COLUMNS.get(request.query_params.get("sort", "name"), "name")
        direction = "DESC" if request.query_params.get("desc") else "ASC"
        stmt = text(f"SELECT id, name, price FROM products ORDER BY {column} {direction}")
        with engine.connect() as conn:
            products = [dict(row._mapping) for row in conn.execute(stmt)]
        return JSONResponse(products)


app = Starlette(routes=[Route("/products", ProductList)])
