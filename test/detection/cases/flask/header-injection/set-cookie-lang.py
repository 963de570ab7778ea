from flask import Flask, make_response, redirect, request

app = Flask(__name__)


@app.route("/lang")
def choose_language():
    lang = request.args.get("lang", "en")
    resp = make_response(redirect("/"))
    resp.set_cookie("lang", lang, max_age=31536000, samesite="Lax", secure=True)
    return resp
