from flask import Flask, request

app = Flask(__name__)  # expect: PY-UPLOAD-FLASK-SIZE-LIMIT
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)


@app.post("/import")
def import_file():
    return {"size": len(request.files["data"].read())}
