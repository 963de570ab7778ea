import sqlite3

from flask import Flask, abort, render_template

app = Flask(__name__)


@app.route("/category/<slug>")
def category(slug):
    conn = sqlite3.connect("shop.db")
    row = conn.execute("SELECT id, title FROM categories WHERE slug = '" + slug + "'").fetchone()
    conn.close()
    if row is None:
        abort(404)
    return render_template("category.html", category_id=row[0], title=row[1])
