from flask import Flask, request
from flask_login import login_required
from passlib.apache import HtpasswdFile

app = Flask(__name__)
HTPASSWD = "/etc/nginx/reports.htpasswd"


@app.post("/admin/report-viewers")
@login_required
def add_report_viewer():
    ht = HtpasswdFile(HTPASSWD, new=False)
    ht.set_password(request.form["username"], request.form["password"])
    ht.save()
    return {"added": request.form["username"]}, 201
