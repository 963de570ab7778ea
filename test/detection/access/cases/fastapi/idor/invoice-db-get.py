from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.orm import Session

from .auth import get_current_user
from .db import get_db
from .models import Invoice, User
from .schemas import InvoiceOut

app = FastAPI()


@app.get("/invoices/{invoice_id}", response_model=InvoiceOut)
def read_invoice(invoice_id: int, user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    invoice = db.get(Invoice, invoice_id)
    if invoice is None:
        raise HTTPException(status_code=404)
    return invoice
