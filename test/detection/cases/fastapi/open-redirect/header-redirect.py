from typing import Annotated

from fastapi import FastAPI, Header
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/items/{item_id}/archive")
def archive(item_id: int, x_return_to: Annotated[str, Header()] = "/items"):
    return RedirectResponse(x_return_to, status_code=303)
