from flask import Flask, make_response, render_template
from flask_wtf import FlaskForm
from wtforms import StringField

app = Flask(__name__)


class ExportForm(FlaskForm):
    filename = StringField("File name", default="contacts.csv")


@app.route("/export", methods=["GET", "POST"])
def export():
    form = ExportForm()
    if form.validate_on_submit():
        resp = make_response("id;name\n1;Ada\n")
        resp.headers["Content-Disposition"] = f"attachment; filename={form.filename.data}"
        return resp
    return render_template("export.html", form=form)
