from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@app.post("/asn")
async def advance_shipping_notice(request: Request):
    doc = etree.fromstring(await request.body(), parser=PARSER)
    return {"lines": [ln.get("sku") for ln in doc.iter("line")]}
