from flask import Flask


def create_app():
    app = Flask(__name__)
    from .catalog.views import bp

    app.register_blueprint(bp, url_prefix="/catalog")
    return app
