from defusedxml.ElementTree import parse as safe_parse
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/admin/import-xml")
def import_xml():
    tree = safe_parse(request.files["feed"].stream)
    names = [el.text for el in tree.iter("name")]
    return jsonify({"names": names[:50]})
