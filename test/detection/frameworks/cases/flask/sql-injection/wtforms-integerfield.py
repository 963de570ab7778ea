import sqlite3

from flask import Flask, render_template
from flask_wtf import FlaskForm
from wtforms import IntegerField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)
app.config.from_prefixed_env()


class MemberLookupForm(FlaskForm):
    member_no = IntegerField("Member number", validators=[DataRequired(), NumberRange(min=1)])


@app.route("/members/lookup", methods=["GET", "POST"])
def member_lookup():
    form = MemberLookupForm()
    member = None
    if form.validate_on_submit():
        db = sqlite3.connect("club.db")
        member = db.execute(f"SELECT id, first_name, surname FROM members WHERE member_no = {form.member_no.data}").fetchone()
    return render_template("member_lookup.html", form=form, member=member)
