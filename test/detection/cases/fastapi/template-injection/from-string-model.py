from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from jinja2 import Environment, select_autoescape
from pydantic import BaseModel

app = FastAPI()
env = Environment(autoescape=select_autoescape())


class PackingSlip(BaseModel):
    layout: str
    order_id: int


@app.post("/slips/preview", response_class=HTMLResponse)
def preview_slip(slip: PackingSlip):
    template = env.from_string(slip.layout)
    return template.render(order_id=slip.order_id, items=[{"sku": "AB-1", "qty": 2}])
