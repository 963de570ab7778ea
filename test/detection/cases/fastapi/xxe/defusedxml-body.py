from defusedxml import ElementTree
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/asn")
async def advance_shipping_notice(request: Request):
    doc = ElementTree.fromstring(await request.body())
    return {"lines": [ln.get("sku") for ln in doc.iter("line")]}
