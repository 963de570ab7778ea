from flask import Flask, make_response, render_template
from flask_wtf import FlaskForm
from wtforms import SelectField

app = Flask(__name__)


class ExportForm(FlaskForm):
    encoding = SelectField("Encoding", choices=[("utf-8", "UTF-8"), ("latin-1", "Latin-1"), ("utf-16", "UTF-16")])


@app.route("/export", methods=["GET", "POST"])
def export():
    form = ExportForm()
    if form.validate_on_submit():
        resp = make_response("id;name\n1;Ada\n".encode(form.encoding.data))
        resp.headers["Content-Type"] = f"text/csv; charset={form.encoding.data}"
        return resp
    return render_template("export.html", form=form)
