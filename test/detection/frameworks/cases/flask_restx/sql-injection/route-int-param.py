import sqlite3

from flask import Flask
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)
ns = api.namespace("books", description="Book catalogue")


@ns.route("/<int:book_id>")
class Book(Resource):
    def get(self, book_id):
        row = sqlite3.connect("library.db").execute(f"SELECT title, author FROM books WHERE id = {book_id}").fetchone()
        if row is None:
            api.abort(404)
        return {"title": row[0], "author": row[1]}
