from starlette.applications import Starlette
from starlette.authentication import requires
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.routing import Route

from .db import database, invoices


@requires("authenticated")
async def invoice_detail(request):
    invoice_id = request.path_params["invoice_id"]
    row = await database.fetch_one(invoices.select().where((invoices.c.id == invoice_id) & (invoices.c.account_id == request.user.account_id)))
    if row is None:
        raise HTTPException(status_code=404)
    return JSONResponse({"id": row["id"], "total": str(row["total"]), "status": row["status"]})


app = Starlette(routes=[Route("/invoices/{invoice_id:int}", invoice_detail)])
