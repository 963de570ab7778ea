import xml.etree.ElementTree as ET
from xml.dom import minidom

import defusedxml.ElementTree as DET
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/orders/import")
async def import_orders(request: Request):
    root = ET.fromstring(await request.body())  # hotspot: PY-API-XML-EXPANSION
    return {"orders": len(root)}


@app.post("/orders/import-safe")
async def import_orders_safely(request: Request):
    root = DET.fromstring(await request.body())  # ok: PY-API-XML-EXPANSION
    return {"orders": len(root)}


def read_sitemap(path):
    return minidom.parse(path)  # hotspot: PY-API-XML-EXPANSION


def build_feed(items):
    root = ET.Element("feed")  # ok: PY-API-XML-EXPANSION
    for item in items:
        ET.SubElement(root, "item").text = item
    return ET.tostring(root)  # ok: PY-API-XML-EXPANSION
