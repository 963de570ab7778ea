from fastapi import FastAPI, Response

from .headers import download_headers
from .reports import render_pdf

app = FastAPI()


@app.get("/reports/{report_id}/pdf")
def report_pdf(report_id: int, title: str = "report"):
    return Response(render_pdf(report_id), media_type="application/pdf", headers=download_headers(title))
