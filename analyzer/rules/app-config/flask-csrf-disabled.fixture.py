import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)
app.config['WTF_CSRF_ENABLED'] = False  # expect: PY-FLASK-CSRF-DISABLED
app.config['WTF_CSRF_ENABLED'] = os.environ.get('CSRF', '1') == '1'  # ok: PY-FLASK-CSRF-DISABLED
app.config.update(WTF_CSRF_TIME_LIMIT=3600, WTF_CSRF_SSL_STRICT=True)  # ok: PY-FLASK-CSRF-DISABLED


class Config:
    WTF_CSRF_CHECK_DEFAULT = False  # expect: PY-FLASK-CSRF-DISABLED


class TestingConfig(Config):
    TESTING = True
    WTF_CSRF_ENABLED = False  # ok: PY-FLASK-CSRF-DISABLED
