import aiosqlite
from aiohttp import web
from pydantic import BaseModel, conint

routes = web.RouteTableDef()


class InvoiceQuery(BaseModel):
    customer: conint(gt=0)


@routes.get("/invoices")
async def invoices(request):
    q = InvoiceQuery.model_validate(dict(request.query))
    async with aiosqlite.connect("billing.db") as db:
        cur = await db.execute(f"SELECT id, amount FROM invoices WHERE customer = {q.customer}")
        rows = await cur.fetchall()
    return web.json_response([{"id": r[0], "amount": r[1]} for r in rows])


app = web.Application()
app.add_routes(routes)
