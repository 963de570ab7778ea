import re

import requests
from bottle import Bottle, request

app = Bottle()
TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


@app.get("/preview")
def preview():
    url = request.query.url
    page = requests.get(url, timeout=5)
    match = TITLE.search(page.text)
    return {"url": url, "title": match.group(1).strip() if match else None}
