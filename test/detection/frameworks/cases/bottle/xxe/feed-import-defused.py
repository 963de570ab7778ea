from bottle import Bottle, request
from defusedxml import ElementTree

app = Bottle()


@app.post("/feeds/import")
def import_feed():
    root = ElementTree.fromstring(request.body.read())
    titles = [item.findtext("title") for item in root.iter("item")]
    return {"items": titles}
