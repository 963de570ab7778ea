import subprocess

from flask import Flask, render_template
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import AnyOf, DataRequired

app = Flask(__name__)
app.config.from_prefixed_env()
SERVICES = ["nginx", "postgresql", "redis-server"]


class RestartForm(FlaskForm):
    service = StringField("Service", validators=[DataRequired(), AnyOf(SERVICES)])


@app.route("/ops/restart", methods=["GET", "POST"])
def restart_service():
    form = RestartForm()
    output = None
    if form.validate_on_submit():
        output = subprocess.run(f"sudo systemctl restart {form.service.data}", shell=True, capture_output=True, text=True).stderr
    return render_template("restart.html", form=form, output=output)
