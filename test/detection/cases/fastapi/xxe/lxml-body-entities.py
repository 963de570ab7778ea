from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.post("/asn")
async def advance_shipping_notice(request: Request):
    body = await request.body()
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(body, parser=parser)
    return {"lines": [ln.get("sku") for ln in doc.iter("line")]}
