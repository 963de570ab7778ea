from fastapi import FastAPI
from lxml import etree

app = FastAPI()
CATALOG = etree.parse("/var/lib/inventory/catalog.xml")


@app.get("/catalog/lookup")
def lookup(supplier: str):
    nodes = CATALOG.xpath(f"//product[supplier/@code='{supplier}']")
    return [{"sku": n.get("sku"), "name": n.findtext("name")} for n in nodes]
