import subprocess

from flask import Flask
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Regexp

app = Flask(__name__)


class BranchForm(FlaskForm):
    # Letters, digits and . _ / - only, from the first character to the last: no shell metacharacter.
    branch = StringField("Branch", validators=[DataRequired(), Regexp(r"\A[A-Za-z0-9][A-Za-z0-9._/-]{0,99}\Z")])
    # A space and a semicolon are let through: `main; rm -rf ~` matches.
    loose = StringField("Loose", validators=[Regexp(r"\A[A-Za-z0-9 ;._/-]{1,99}\Z")])


@app.post("/deploy")
def deploy():
    form = BranchForm()
    if form.validate_on_submit():
        subprocess.run(f"/opt/deploy/run.sh {form.branch.data}", shell=True)  # ok: PY-INJ-CMD
        subprocess.run(f"/opt/deploy/run.sh {form.loose.data}", shell=True)  # expect: PY-INJ-CMD
    return ""
