from flask import Flask, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["WTF_CSRF_CHECK_DEFAULT"] = False  # ok: PY-FLASK-CSRF-DISABLED
csrf = CSRFProtect(app)


@app.before_request
def protect_browser_forms():
    # The token-authenticated API sends no cookies; every other request is checked here.
    if request.blueprint != "api":
        csrf.protect()
