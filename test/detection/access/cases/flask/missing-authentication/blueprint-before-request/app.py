from flask import Flask

from account import bp as account_bp

app = Flask(__name__)
app.register_blueprint(account_bp, url_prefix="/account")
