import os
import secrets

from flask import Flask
from flask_jwt_extended import JWTManager

app = Flask(__name__)
app.secret_key = 'dev'  # expect: PY-FLASK-SECRET-KEY
app.config['SECRET_KEY'] = os.environ['FLASK_SECRET_KEY']  # ok: PY-FLASK-SECRET-KEY
app.config['JWT_SECRET_KEY'] = 'changeme'  # expect: PY-FLASK-SECRET-KEY
app.config.update(
    SESSION_COOKIE_SECURE=True,
    SECRET_KEY=b'\x9c\x1f\x8e\x02\x11\xaa\x7f\x0e',  # expect: PY-FLASK-SECRET-KEY
)
app.config.update({'WTF_CSRF_SECRET_KEY': secrets.token_hex(32)})  # ok: PY-FLASK-SECRET-KEY
app.config['SECRET_KEY'] = os.environ.get('FLASK_SECRET_KEY', '')  # ok: PY-FLASK-SECRET-KEY
app.config['APP_NAME'] = 'shop'  # ok: PY-FLASK-SECRET-KEY
jwt = JWTManager(app)


class Config:
    SECRET_KEY = os.environ.get('SECRET_KEY')  # ok: PY-FLASK-SECRET-KEY
    SQLALCHEMY_TRACK_MODIFICATIONS = False


class ProductionConfig(Config):
    SECRET_KEY = 'b3f1c9d27e5a4f0c8d6e2a1b9c7f3e5d'  # expect: PY-FLASK-SECRET-KEY


class TestingConfig(Config):
    SECRET_KEY = 'testing'  # ok: PY-FLASK-SECRET-KEY
    TESTING = True


class Form:
    SECRET_KEY = 'not a flask config class'  # ok: PY-FLASK-SECRET-KEY
