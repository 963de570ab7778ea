from flask import Flask, render_template, render_template_string
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired

app = Flask(__name__)
app.config.from_prefixed_env()


class SignatureForm(FlaskForm):
    full_name = StringField("Name", validators=[DataRequired()])
    signature = TextAreaField("Signature", default="--\n{{ full_name }}")


@app.route("/settings/signature", methods=["GET", "POST"])
def signature_preview():
    form = SignatureForm()
    preview = None
    if form.validate_on_submit():
        preview = render_template_string(form.signature.data, full_name=form.full_name.data)
    return render_template("signature.html", form=form, preview=preview)
