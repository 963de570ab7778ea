import os

from bottle import Bottle, response

app = Bottle()


@app.get("/static/<filepath:path>")
def static(filepath):
    response.content_type = "application/octet-stream"
    with open(os.path.join("/srv/static", filepath), "rb") as fh:
        return fh.read()
