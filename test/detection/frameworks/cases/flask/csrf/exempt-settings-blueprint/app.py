import os

from flask import Flask
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

from settings_views import bp as settings_bp

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)
login_manager = LoginManager(app)

app.register_blueprint(settings_bp, url_prefix="/settings")
csrf.exempt(settings_bp)
