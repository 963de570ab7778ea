# assay-fixture: path=tests/conftest.py
import pytest
from flask import Flask

from shop import create_app


@pytest.fixture
def app():
    app = Flask(__name__)
    app.register_blueprint(create_app().blueprints["shop"])
    app.config['SECRET_KEY'] = 'test-secret'  # ok: PY-FLASK-SECRET-KEY
    app.config.update(TESTING=True, DEBUG=True)  # ok: PY-FLASK-DEBUG
    yield app


@pytest.fixture
def client(app):
    client = app.test_client()
    client.set_cookie('localhost', 'session_hint', 'abc')  # ok: PY-COOKIE-FLAGS
    return client
