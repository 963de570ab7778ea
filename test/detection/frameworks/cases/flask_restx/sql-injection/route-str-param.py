import sqlite3

from flask import Flask
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)
ns = api.namespace("books", description="Book catalogue")


@ns.route("/isbn/<isbn>")
class BookByIsbn(Resource):
    def get(self, isbn):
        row = sqlite3.connect("library.db").execute("SELECT title, author FROM books WHERE isbn = '" + isbn + "'").fetchone()
        if row is None:
            api.abort(404)
        return {"title": row[0], "author": row[1]}
