from flask import Flask, render_template
from flask_wtf import FlaskForm
from markupsafe import Markup
from wtforms import TextAreaField

app = Flask(__name__)


class BioForm(FlaskForm):
    bio = TextAreaField("About you")


@app.route("/profile/preview", methods=["POST"])
def preview_bio():
    form = BioForm()
    form.validate_on_submit()
    return render_template("bio_preview.html", bio=Markup(form.bio.data.replace("\n", "<br>")))
