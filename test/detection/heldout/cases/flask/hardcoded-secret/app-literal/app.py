from flask import Flask
from werkzeug.security import generate_password_hash

app = Flask(__name__)
app.config["SECRET_KEY"] = "k3y-9f8e7d6c5b4a3928-prod"
app.config["ADMIN_PASSWORD_HASH"] = generate_password_hash("fixture-admin-pass-91")


@app.get("/health")
def health():
    return {"ok": True}
