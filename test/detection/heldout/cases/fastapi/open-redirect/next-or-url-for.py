from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

from .catalogue import id_for_sku

app = FastAPI()


@app.get("/items/by-sku/{sku}")
def by_sku(sku: str, request: Request, next: str | None = None):
    item_id = id_for_sku(sku)
    return RedirectResponse(next or str(request.url_for("read_item", item_id=item_id)), status_code=302)


@app.get("/items/{item_id}")
def read_item(item_id: int):
    return {"item_id": item_id}
