import subprocess

from flask import Flask, render_template
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Regexp

app = Flask(__name__)


class BranchForm(FlaskForm):
    branch = StringField("Branch", validators=[DataRequired(), Regexp(r"[A-Za-z0-9._/-]+")])


@app.route("/deploy", methods=["GET", "POST"])
def deploy():
    form = BranchForm()
    output = None
    if form.validate_on_submit():
        output = subprocess.run(f"/opt/deploy/run.sh {form.branch.data}", shell=True, capture_output=True, text=True).stdout
    return render_template("deploy.html", form=form, output=output)
