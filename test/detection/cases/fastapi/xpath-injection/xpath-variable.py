from fastapi import FastAPI
from lxml import etree

app = FastAPI()
CATALOG = etree.parse("/var/lib/inventory/catalog.xml")


@app.get("/catalog/lookup")
def lookup(supplier: str):
    nodes = CATALOG.xpath("//product[supplier/@code=$code]", code=supplier)
    return [{"sku": n.get("sku")} for n in nodes]
