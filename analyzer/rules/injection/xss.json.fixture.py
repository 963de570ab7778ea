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


@app.get("/tokens/issued")
def issued_token():
    # make_response() of a dict (or a list) is Flask's jsonify: an application/json response.
    response = flask.make_response({"token": flask.request.headers.get("X-Subject-Token"), "type": "Bearer"})  # ok: PY-INJ-XSS
    return response


@app.get("/tokens/issued-list")
def issued_tokens():
    return flask.make_response([flask.request.args.get("token")])  # ok: PY-INJ-XSS
