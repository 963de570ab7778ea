import json

from flask import Flask, request


class BaseConfig:
    SECRET_KEY = "from-the-environment-in-real-life"


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True


app = Flask(__name__)  # expect: PY-UPLOAD-FLASK-SIZE-LIMIT
app.config.from_object(ProductionConfig)


@app.post("/maps/layers")
def upload_layer():
    layer = request.files["geojson"]
    return {"features": len(json.loads(layer.stream.read())["features"])}
