import requests
from flask import Flask, Response, abort, request

from netpolicy import is_allowed_url

app = Flask(__name__)


@app.get("/img-proxy")
def img_proxy():
    url = request.args.get("src", "")
    if not is_allowed_url(url):
        abort(400)
    upstream = requests.get(url, timeout=5)
    return Response(upstream.content, content_type=upstream.headers.get("Content-Type", "image/png"))
