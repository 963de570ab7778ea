import sqlite3

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def invoice_detail(request):
    invoice_id = request.path_params["invoice_id"]
    with sqlite3.connect("billing.db") as conn:
        row = conn.execute(f"SELECT number, total FROM invoices WHERE id = {invoice_id}").fetchone()
    if row is None:
        return JSONResponse({"error": "not found"}, status_code=404)
    return JSONResponse({"number": row[0], "total": row[1]})


routes = [Route("/invoices/{invoice_id:int}", invoice_detail)]
app = Starlette(routes=routes)
