from flask import Flask, redirect, request, url_for

from models import Newsletter, db
from preview import render_preview

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///news.db"
db.init_app(app)


@app.post("/newsletters")
def create_newsletter():
    item = Newsletter(subject=request.form["subject"], body=request.form["body"])
    db.session.add(item)
    db.session.commit()
    return redirect(url_for("preview", newsletter_id=item.id))


@app.get("/newsletters/<int:newsletter_id>/preview")
def preview(newsletter_id):
    item = db.get_or_404(Newsletter, newsletter_id)
    return render_preview(item)
