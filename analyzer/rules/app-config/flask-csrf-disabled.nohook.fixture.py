from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["WTF_CSRF_CHECK_DEFAULT"] = False  # expect: PY-FLASK-CSRF-DISABLED
csrf = CSRFProtect(app)


def protect_later():
    # Not a before_request hook: nothing runs it for every request.
    csrf.protect()
