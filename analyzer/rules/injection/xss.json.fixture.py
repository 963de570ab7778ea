# assay-fixture: path=api/tokens.py
import json

import flask

app = flask.Flask(__name__)


@app.get("/tokens/echo")
def echo_token():
    # The body is JSON text and the response is declared JSON right after: no page renders it.
    body = json.dumps({"token": flask.request.headers.get("X-Subject-Token")})
    response = flask.make_response(body, 200)  # hotspot: PY-INJ-XSS
    response.headers["Content-Type"] = "application/json"
    return response


@app.get("/tokens/page")
def token_page():
    # Same body, left as Flask's default text/html.
    body = json.dumps({"token": flask.request.headers.get("X-Subject-Token")})
    response = flask.make_response(body, 200)  # expect: PY-INJ-XSS
    response.headers["X-Kind"] = "token"
    return response
