from flask import Flask, request

app = Flask(__name__)  # ok: PY-UPLOAD-FLASK-SIZE-LIMIT


@app.post("/note")
def note():
    return {"note": request.form.get("text", "")}
