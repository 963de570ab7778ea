import os

from flask import Flask, redirect, render_template, url_for
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from werkzeug.utils import secure_filename

app = Flask(__name__)
RESUMES = "/srv/resumes"


class ApplicationForm(FlaskForm):
    resume = FileField("Résumé", validators=[FileRequired(), FileAllowed(["pdf", "docx"])])


@app.route("/apply", methods=["GET", "POST"])
def apply():
    form = ApplicationForm()
    if form.validate_on_submit():
        f = form.resume.data
        f.save(os.path.join(RESUMES, secure_filename(f.filename)))
        return redirect(url_for("apply"))
    return render_template("apply.html", form=form)
