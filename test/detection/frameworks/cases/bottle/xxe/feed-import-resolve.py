from bottle import Bottle, request
from lxml import etree

app = Bottle()


@app.post("/feeds/import")
def import_feed():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.body.read(), parser)
    titles = [item.findtext("title") for item in root.iter("item")]
    return {"items": titles}
