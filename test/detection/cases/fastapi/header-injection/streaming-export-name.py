import csv
import io

from fastapi import FastAPI
from fastapi.responses import StreamingResponse

from .db import fetch_invoices

app = FastAPI()


def rows_as_csv(rows):
    buf = io.StringIO()
    writer = csv.writer(buf)
    for row in rows:
        writer.writerow(row)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate(0)


@app.get("/invoices/export/{export_name}")
def export_invoices(export_name: str):
    return StreamingResponse(
        rows_as_csv(fetch_invoices()),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{export_name}.csv"'},
    )
