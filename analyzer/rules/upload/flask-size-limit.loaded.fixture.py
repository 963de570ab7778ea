from flask import Flask, request

app = Flask(__name__)  # ok: PY-UPLOAD-FLASK-SIZE-LIMIT
app.config.from_object("shop.config.ProductionConfig")


@app.post("/avatar")
def avatar():
    request.files["img"].save("/srv/avatars/current.png")
    return "ok"


uploads = Flask("uploads")  # ok: PY-UPLOAD-FLASK-SIZE-LIMIT
uploads.config.update(settings_from_vault)
