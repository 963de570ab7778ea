import os

from flask import Flask, abort, request

from signing import signature_ok

app = Flask(__name__)


@app.post("/hooks/build")
def build_hook():
    if not signature_ok(os.environ["CI_SECRET"].encode(), request.get_data(), request.headers.get("X-Ci-Signature", "")):
        abort(401)
    return {"queued": True}
