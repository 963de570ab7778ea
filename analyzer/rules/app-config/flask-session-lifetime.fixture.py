import datetime
from datetime import timedelta

from flask import Flask
from flask_jwt_extended import JWTManager

app = Flask(__name__)
app.config['PERMANENT_SESSION_LIFETIME'] = timedelta(days=365)  # expect: PY-FLASK-SESSION-LIFETIME
app.config['PERMANENT_SESSION_LIFETIME'] = timedelta(hours=12)  # ok: PY-FLASK-SESSION-LIFETIME
app.config['REMEMBER_COOKIE_DURATION'] = 60 * 60 * 24 * 400  # expect: PY-FLASK-SESSION-LIFETIME
app.config.update(
    JWT_ACCESS_TOKEN_EXPIRES=False,  # expect: PY-FLASK-SESSION-LIFETIME
    JWT_REFRESH_TOKEN_EXPIRES=datetime.timedelta(days=30),  # ok: PY-FLASK-SESSION-LIFETIME
)
jwt = JWTManager(app)


class ProductionConfig:
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(weeks=52)  # expect: PY-FLASK-SESSION-LIFETIME
    JWT_REFRESH_TOKEN_EXPIRES = timedelta(days=60)  # ok: PY-FLASK-SESSION-LIFETIME
