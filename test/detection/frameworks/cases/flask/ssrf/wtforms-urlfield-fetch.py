import requests
from flask import Flask, flash, redirect, render_template
from flask_wtf import FlaskForm
from wtforms import URLField
from wtforms.validators import URL, DataRequired

from feeds import store_feed

app = Flask(__name__)
app.config.from_prefixed_env()


class SubscribeForm(FlaskForm):
    feed_url = URLField("Feed URL", validators=[DataRequired(), URL()])


@app.route("/feeds/subscribe", methods=["GET", "POST"])
def subscribe():
    form = SubscribeForm()
    if form.validate_on_submit():
        body = requests.get(form.feed_url.data, timeout=10).text
        store_feed(form.feed_url.data, body)
        flash("Subscribed")
        return redirect("/feeds")
    return render_template("subscribe.html", form=form)
