from flask import Flask, request

app = Flask(__name__)  # ok: PY-UPLOAD-FLASK-SIZE-LIMIT
app.config["MAX_CONTENT_LENGTH"] = None  # expect: PY-UPLOAD-FLASK-SIZE-LIMIT
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024 * 1024  # expect: PY-UPLOAD-FLASK-SIZE-LIMIT
app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024  # ok: PY-UPLOAD-FLASK-SIZE-LIMIT


class ProductionConfig:
    MAX_CONTENT_LENGTH = 32 * 1024 * 1024  # ok: PY-UPLOAD-FLASK-SIZE-LIMIT


@app.post("/avatar")
def avatar():
    request.files["img"].save("/srv/avatars/current.png")
    return "ok"
