# FastAPI: the login dependency lives in a module the scan does not read; its name says it is one.
from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.orm import Session

from .auth import get_current_user
from .db import get_db
from .models import Invoice

app = FastAPI()


@app.get("/invoices/{invoice_id}")
def read_invoice(invoice_id: int, user=Depends(get_current_user), db: Session = Depends(get_db)):
    invoice = db.get(Invoice, invoice_id)  # expect: PY-AUTHZ-IDOR
    if invoice is None:
        raise HTTPException(status_code=404)
    return {"id": invoice.id, "total": invoice.total}


@app.get("/invoices/{invoice_id}/own")
def read_own_invoice(invoice_id: int, user=Depends(get_current_user), db: Session = Depends(get_db)):
    invoice = db.get(Invoice, invoice_id)  # ok: PY-AUTHZ-IDOR
    if invoice is None or invoice.owner_id != user.id:
        raise HTTPException(status_code=404)
    return {"id": invoice.id, "total": invoice.total}
