from flask import Flask, request

app = Flask(__name__)  # ok: PY-UPLOAD-FLASK-SIZE-LIMIT
app.config.update(MAX_CONTENT_LENGTH=None)  # expect: PY-UPLOAD-FLASK-SIZE-LIMIT


@app.put("/objects/<key>")
def put_blob(key):
    data = request.get_data()
    return {"key": key, "size": len(data)}
