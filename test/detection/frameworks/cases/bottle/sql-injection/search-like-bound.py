import sqlite3

from bottle import Bottle, request

app = Bottle()


@app.get("/books/search")
def search_books():
    term = request.query.getunicode("q", "")
    db = sqlite3.connect("library.db")
    rows = db.execute("SELECT id, title FROM books WHERE title LIKE ? ORDER BY title", (f"%{term}%",)).fetchall()
    return {"books": [{"id": r[0], "title": r[1]} for r in rows]}
