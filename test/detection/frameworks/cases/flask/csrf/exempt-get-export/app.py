import csv
import io
import os

from flask import Flask, Response, redirect, request, url_for
from flask_login import LoginManager, current_user, login_required
from flask_wtf.csrf import CSRFProtect

from expenses import add_expense, expenses_of

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)
login_manager = LoginManager(app)


@app.post("/expenses")
@login_required
def create_expense():
    add_expense(current_user.id, request.form["label"], request.form["amount"])
    return redirect(url_for("export"))


@app.get("/expenses/export.csv")
@csrf.exempt
@login_required
def export():
    buf = io.StringIO()
    writer = csv.writer(buf)
    for e in expenses_of(current_user.id, year=request.args.get("year", type=int)):
        writer.writerow([e.date.isoformat(), e.label, e.amount])
    return Response(buf.getvalue(), mimetype="text/csv")
