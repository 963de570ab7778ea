from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from .service import render_notice

app = FastAPI()


@app.get("/notice", response_class=HTMLResponse)
def notice(headline: str = "Stock alert"):
    return render_notice(headline, 7)
