from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/newsletter")
def newsletter():
    email = request.form.get("email", "")
    page = "<p>Thanks! We will write to {0}.</p><a href='/'>Back</a>".format(email)
    resp = make_response(page, 200)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
