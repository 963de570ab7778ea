import hashlib

from flask import Flask, abort, request

app = Flask(__name__)  # hotspot: PY-UPLOAD-FLASK-SIZE-LIMIT


@app.post("/digest")
def digest():
    # Read in pieces: only the temporary file grows, never the worker's memory.
    stream = request.files["blob"].stream
    h = hashlib.sha256()
    while chunk := stream.read(64 * 1024):
        h.update(chunk)
    return {"sha256": h.hexdigest()}


@app.post("/logo")
def logo():
    if request.content_length is None or request.content_length > 2 * 1024 * 1024:
        abort(413)
    data = request.files["logo"].read()
    return {"size": len(data)}
