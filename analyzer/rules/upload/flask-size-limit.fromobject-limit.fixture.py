import json

from flask import Flask, request

from .settings import SharedConfig


class BaseConfig:
    MAX_CONTENT_LENGTH = 32 * 1024 * 1024


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True


class StagingConfig(SharedConfig):
    DEBUG = False


app = Flask(__name__)  # ok: PY-UPLOAD-FLASK-SIZE-LIMIT
app.config.from_object(ProductionConfig)

# The base class lives in a module this file does not show: its limit may be there.
staging = Flask("staging")  # ok: PY-UPLOAD-FLASK-SIZE-LIMIT
staging.config.from_object(StagingConfig)


@app.post("/maps/layers")
def upload_layer():
    layer = request.files["geojson"]
    return {"features": len(json.loads(layer.stream.read())["features"])}
