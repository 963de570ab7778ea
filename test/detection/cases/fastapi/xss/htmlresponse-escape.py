import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/status", response_class=HTMLResponse)
def status_page(message: str = "All systems operational"):
    safe_message = html.escape(message)
    return HTMLResponse(
        content=f"<html><body><div class='banner'>{safe_message}</div></body></html>",
        status_code=200,
    )
