import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/embed", response_class=HTMLResponse)
def embed(title: str = "Chart"):
    return f"<!doctype html><h1>{html.escape(title)}</h1><div id='chart'></div>"
