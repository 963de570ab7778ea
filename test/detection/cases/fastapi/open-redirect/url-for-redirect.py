from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
DESTINATIONS = {"items": "list_items", "home": "home"}


@app.get("/")
def home():
    return {"ok": True}


@app.get("/items")
def list_items():
    return []


@app.get("/go")
def go(request: Request, to: str = "home"):
    route = DESTINATIONS.get(to, "home")
    return RedirectResponse(request.url_for(route), status_code=302)
