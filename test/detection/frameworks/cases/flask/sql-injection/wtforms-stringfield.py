import sqlite3

from flask import Flask, render_template
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length

app = Flask(__name__)
app.config.from_prefixed_env()


class MemberSearchForm(FlaskForm):
    surname = StringField("Surname", validators=[DataRequired(), Length(max=60)])


@app.route("/members/search", methods=["GET", "POST"])
def member_search():
    form = MemberSearchForm()
    members = []
    if form.validate_on_submit():
        db = sqlite3.connect("club.db")
        members = db.execute(f"SELECT id, first_name, surname FROM members WHERE surname = '{form.surname.data}'").fetchall()
    return render_template("member_search.html", form=form, members=members)
