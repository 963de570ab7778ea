from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.post("/admin/import-xml")
def import_xml():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    tree = etree.parse(request.files["feed"].stream, parser)
    names = [el.text for el in tree.iter("name")]
    return jsonify({"names": names[:50]})
