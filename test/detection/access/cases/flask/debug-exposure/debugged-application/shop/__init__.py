from flask import Flask


def create_app():
    app = Flask(__name__)
    app.config.from_prefixed_env()

    @app.get("/")
    def index():
        return "ok"

    return app
