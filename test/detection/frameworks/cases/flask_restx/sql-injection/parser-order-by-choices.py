from flask import Flask
from flask_restx import Api, Resource, reqparse
from sqlalchemy import create_engine, text

app = Flask(__name__)
api = Api(app)
engine = create_engine("postgresql://catalog@db/catalog")
list_args = reqparse.RequestParser()
list_args.add_argument("sort", type=str, default="title", choices=("title", "author", "published"), location="args")


@api.route("/books")
class BookList(Resource):
    @api.expect(list_args)
    def get(self):
        sort = list_args.parse_args()["sort"]
        with engine.connect() as conn:
            rows = conn.execute(text(f"SELECT id, title FROM books ORDER BY {sort}")).all()
        return [{"id": r.id, "title": r.title} for r in rows]
