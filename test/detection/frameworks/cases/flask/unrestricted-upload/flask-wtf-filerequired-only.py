import os
import uuid

from flask import Flask, redirect, render_template, url_for
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired

app = Flask(__name__)
app.config.from_prefixed_env()
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024


class LogoForm(FlaskForm):
    logo = FileField("Company logo", validators=[FileRequired()])


@app.route("/company/logo", methods=["GET", "POST"])
def company_logo():
    form = LogoForm()
    if form.validate_on_submit():
        ext = os.path.splitext(form.logo.data.filename)[1].lower()
        name = f"logo-{uuid.uuid4().hex}{ext}"
        form.logo.data.save(os.path.join(app.static_folder, "logos", name))
        return redirect(url_for("static", filename=f"logos/{name}"))
    return render_template("logo.html", form=form)
