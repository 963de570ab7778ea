from flask import Flask, abort, make_response, render_template, request

app = Flask(__name__)
SUPPORTED = {"en", "de", "fr", "es", "it"}


@app.route("/catalog")
def catalog():
    lang = request.args.get("lang", "en")
    if lang not in SUPPORTED:
        abort(400)
    resp = make_response(render_template("catalog.html", lang=lang))
    resp.headers["Content-Language"] = lang
    return resp
