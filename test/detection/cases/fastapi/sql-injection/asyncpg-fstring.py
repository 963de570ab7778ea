import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool("postgresql://inventory@db/inventory")


@app.get("/warehouses/{code}/stock")
async def warehouse_stock(code: str):
    async with app.state.pool.acquire() as conn:
        rows = await conn.fetch(f"SELECT sku, qty FROM stock WHERE warehouse_code = '{code}'")
    return [dict(r) for r in rows]
