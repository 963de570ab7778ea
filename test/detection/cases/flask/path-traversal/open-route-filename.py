import os

from flask import Flask, Response

app = Flask(__name__)
EXPORT_DIR = "/srv/admin/exports"


@app.get("/exports/<filename>")
def get_export(filename):
    with open(os.path.join(EXPORT_DIR, filename), encoding="utf-8") as fh:
        return Response(fh.read(), mimetype="text/csv")
