import os

from flask import Flask, current_app

app = Flask(__name__)
app.config['DEBUG'] = True  # expect: PY-FLASK-DEBUG
app.config.update(DEBUG=True, TESTING=False)  # expect: PY-FLASK-DEBUG
app.config.update({'DEBUG': os.environ.get('FLASK_DEBUG') == '1'})  # ok: PY-FLASK-DEBUG
app.debug = True  # expect: PY-FLASK-DEBUG
app.debug = False  # ok: PY-FLASK-DEBUG


class Config:
    DEBUG = False  # ok: PY-FLASK-DEBUG


class ProductionConfig(Config):
    DEBUG = True  # expect: PY-FLASK-DEBUG


class DevelopmentConfig(Config):
    DEBUG = True  # ok: PY-FLASK-DEBUG


def create_app():
    api = Flask('api')
    api.config.from_mapping(SECRET_KEY=os.environ['SECRET_KEY'], DEBUG=True)  # expect: PY-FLASK-DEBUG
    current_app.config['DEBUG'] = True  # expect: PY-FLASK-DEBUG
    return api


class Runner:
    def run(self, debug=False):
        return debug


Runner().run(debug=True)  # ok: PY-FLASK-DEBUG
app.run(host='0.0.0.0', port=8080, debug=True)  # expect: PY-FLASK-DEBUG

if __name__ == '__main__':
    app.run(debug=os.environ.get('FLASK_DEBUG') == '1')  # ok: PY-FLASK-DEBUG
    app.run(debug=True)  # expect: PY-FLASK-DEBUG
