from flask import Flask, render_template
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length

from rsvp import record_rsvp

app = Flask(__name__)
app.config.from_prefixed_env()


class RsvpForm(FlaskForm):
    name = StringField("Your name", validators=[DataRequired(), Length(max=80)])


@app.route("/events/<int:event_id>/rsvp", methods=["GET", "POST"])
def rsvp(event_id):
    form = RsvpForm()
    if form.validate_on_submit():
        record_rsvp(event_id, form.name.data)
        return f"<!doctype html><p>Thanks, {form.name.data}! See you there.</p><a href='/events/{event_id}'>Back</a>"
    return render_template("rsvp.html", form=form)
