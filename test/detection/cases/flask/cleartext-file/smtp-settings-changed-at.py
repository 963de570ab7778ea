import configparser
import datetime

from flask import Flask, redirect, request, url_for
from flask_login import current_user, login_required

from .secrets import keyring_store

app = Flask(__name__)
SETTINGS_FILE = "/srv/app/instance/mail.ini"


@app.post("/admin/mail-settings")
@login_required
def save_mail_settings():
    keyring_store("smtp", request.form["user"], request.form["password"])
    cfg = configparser.ConfigParser()
    cfg["smtp"] = {
        "host": request.form["host"],
        "user": request.form["user"],
        "password_changed_at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
        "password_changed_by": current_user.email,
    }
    with open(SETTINGS_FILE, "w") as fh:
        cfg.write(fh)
    return redirect(url_for("admin_home"))
