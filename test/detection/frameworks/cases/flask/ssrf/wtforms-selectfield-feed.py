import requests
from flask import Flask, flash, redirect, render_template
from flask_wtf import FlaskForm
from wtforms import SelectField

from feeds import store_feed

app = Flask(__name__)
app.config.from_prefixed_env()
FEEDS = {
    "python": "https://blog.python.org/feeds/posts/default",
    "debian": "https://www.debian.org/News/news",
    "lwn": "https://lwn.net/headlines/rss",
}


class SubscribeForm(FlaskForm):
    feed = SelectField("Feed", choices=[(k, k.title()) for k in FEEDS])


@app.route("/feeds/subscribe", methods=["GET", "POST"])
def subscribe():
    form = SubscribeForm()
    if form.validate_on_submit():
        url = FEEDS[form.feed.data]
        store_feed(url, requests.get(url, timeout=10).text)
        flash("Subscribed")
        return redirect("/feeds")
    return render_template("subscribe.html", form=form)
