from flask import Flask, redirect, request, session, url_for
from flask_login import LoginManager, current_user, login_required
from flask_wtf.csrf import CSRFProtect

from ledger import transfer_funds

app = Flask(__name__)
app.config["SECRET_KEY"] = "set-from-env"
csrf = CSRFProtect(app)
login_manager = LoginManager(app)


@app.post("/account/transfer")
@login_required
@csrf.exempt
def transfer():
    transfer_funds(current_user.id, request.form["to_account"], request.form["amount"])
    return redirect(url_for("account"))


@app.get("/account")
@login_required
def account():
    return {"user": current_user.id}
