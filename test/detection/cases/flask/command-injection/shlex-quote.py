import os
import shlex

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/admin/whois")
def whois():
    domain = shlex.quote(request.args.get("domain", "example.com"))
    with os.popen("whois " + domain) as stream:
        text = stream.read()
    return Response(text, mimetype="text/plain")
