import configparser

from flask import Flask, redirect, request, url_for
from flask_login import login_required

app = Flask(__name__)
SETTINGS_FILE = "/srv/app/instance/mail.ini"


@app.post("/admin/mail-settings")
@login_required
def save_mail_settings():
    cfg = configparser.ConfigParser()
    cfg["smtp"] = {"host": request.form["host"], "user": request.form["user"], "password": request.form["password"]}
    with open(SETTINGS_FILE, "w") as fh:
        cfg.write(fh)
    return redirect(url_for("admin_home"))
