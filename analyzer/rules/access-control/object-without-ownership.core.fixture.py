# SQLAlchemy Core tables (lower-case, keyed by table.c.id) behind Starlette, and a session made inline.
from sqlalchemy import delete
from starlette.applications import Starlette
from starlette.authentication import requires
from starlette.responses import JSONResponse
from starlette.routing import Route

from billing.db import Session, database, invoices
from billing.models import Invoice


@requires("authenticated")
async def invoice_detail(request):
    invoice_id = request.path_params["invoice_id"]
    row = await database.fetch_one(invoices.select().where(invoices.c.id == invoice_id))  # expect: PY-AUTHZ-IDOR
    return JSONResponse({"id": row["id"], "total": str(row["total"])})


@requires("authenticated")
async def own_invoice_detail(request):
    invoice_id = request.path_params["invoice_id"]
    row = await database.fetch_one(invoices.select().where((invoices.c.id == invoice_id) & (invoices.c.account_id == request.user.account_id)))  # ok: PY-AUTHZ-IDOR
    return JSONResponse({"id": row["id"], "total": str(row["total"])})


@requires("authenticated")
async def delete_invoice(request):
    invoice_id = request.path_params["invoice_id"]
    await database.execute(delete(invoices).where(invoices.c.id == invoice_id))  # expect: PY-AUTHZ-IDOR
    return JSONResponse({"deleted": True})


@requires("authenticated")
async def invoice_pdf(request):
    invoice = Session().get(Invoice, request.path_params["invoice_id"])  # expect: PY-AUTHZ-IDOR
    return JSONResponse({"pdf": invoice.pdf_name})


@requires("authenticated")
async def own_invoice_pdf(request):
    invoice = Session().query(Invoice).filter_by(id=request.path_params["invoice_id"], account_id=request.user.account_id).first()  # ok: PY-AUTHZ-IDOR
    return JSONResponse({"pdf": invoice.pdf_name})


app = Starlette(
    routes=[
        Route("/invoices/{invoice_id:int}", invoice_detail),
        Route("/own/invoices/{invoice_id:int}", own_invoice_detail),
        Route("/invoices/{invoice_id:int}", delete_invoice, methods=["DELETE"]),
        Route("/invoices/{invoice_id:int}/pdf", invoice_pdf),
        Route("/own/invoices/{invoice_id:int}/pdf", own_invoice_pdf),
    ]
)
