from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


def pretty(tree) -> str:
    return etree.tostring(tree, pretty_print=True).decode()


@app.post("/sitemaps/validate")
def validate_sitemap():
    from defusedxml.lxml import fromstring

    tree = fromstring(request.get_data())
    return jsonify(urls=len(tree.findall("{*}url")), preview=pretty(tree)[:200])
