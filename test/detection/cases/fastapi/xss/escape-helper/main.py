from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from .html_utils import cell

app = FastAPI()


@app.get("/report", response_class=HTMLResponse)
def report(title: str = "Stock"):
    row = "<tr>" + cell(title) + cell(42) + "</tr>"
    return HTMLResponse("<table>" + row + "</table>")
