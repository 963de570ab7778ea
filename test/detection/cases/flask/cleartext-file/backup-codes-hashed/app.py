from flask import Flask, render_template
from flask_login import current_user, login_required

from codes import new_backup_codes

app = Flask(__name__)


@app.post("/mfa/backup-codes")
@login_required
def backup_codes():
    return render_template("mfa/codes.html", codes=new_backup_codes(current_user.id))
