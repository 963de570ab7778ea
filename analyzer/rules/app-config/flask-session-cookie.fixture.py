import os

from flask import Flask

app = Flask(__name__)
app.config['SESSION_COOKIE_SECURE'] = False  # expect: PY-FLASK-SESSION-COOKIE
app.config['SESSION_COOKIE_SECURE'] = os.environ.get('HTTPS') == 'on'  # ok: PY-FLASK-SESSION-COOKIE
app.config.update(
    SESSION_COOKIE_HTTPONLY=False,  # expect: PY-FLASK-SESSION-COOKIE
    SESSION_COOKIE_SAMESITE='Lax',
)
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)  # ok: PY-FLASK-SESSION-COOKIE


class BaseConfig:
    REMEMBER_COOKIE_SECURE = False  # expect: PY-FLASK-SESSION-COOKIE


class DevelopmentConfig(BaseConfig):
    SESSION_COOKIE_SECURE = False  # ok: PY-FLASK-SESSION-COOKIE
