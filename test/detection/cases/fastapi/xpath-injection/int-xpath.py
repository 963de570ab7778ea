from fastapi import FastAPI
from lxml import etree

app = FastAPI()
LAYOUT = etree.parse("/var/lib/inventory/layout.xml")


@app.get("/aisles/{aisle}")
def aisle_bins(aisle: int):
    return [b.get("code") for b in LAYOUT.xpath(f"//aisle[@number={aisle}]/bin")]
