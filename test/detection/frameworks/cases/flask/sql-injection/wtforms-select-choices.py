import sqlite3

from flask import Flask, render_template
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField

app = Flask(__name__)
app.config.from_prefixed_env()


class CatalogueForm(FlaskForm):
    q = StringField("Search")
    sort = SelectField("Sort by", choices=[("title", "Title"), ("year", "Year"), ("author", "Author")])


@app.route("/catalogue", methods=["GET", "POST"])
def catalogue():
    form = CatalogueForm()
    books = []
    if form.validate_on_submit():
        db = sqlite3.connect("library.db")
        books = db.execute(f"SELECT title, author, year FROM books WHERE title LIKE ? ORDER BY {form.sort.data}", (f"%{form.q.data}%",)).fetchall()
    return render_template("catalogue.html", form=form, books=books)
