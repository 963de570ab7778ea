import os

from flask import Flask, request

app = Flask(__name__)  # hotspot: PY-UPLOAD-FLASK-SIZE-LIMIT
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


@app.post("/avatar")
def avatar():
    request.files["img"].save("/srv/avatars/current.png")
    return "ok"
