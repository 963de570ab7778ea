from flask import Flask
from flask_restful import Api, Resource
from sqlalchemy import create_engine, text

app = Flask(__name__)
api = Api(app)
engine = create_engine("sqlite:///hr.db")


class Employee(Resource):
    def get(self, username):
        with engine.connect() as conn:
            row = conn.execute(text("SELECT id, username, title FROM employees WHERE username = '%s'" % username)).first()
        if row is None:
            return {"message": "not found"}, 404
        return dict(row._mapping)


api.add_resource(Employee, "/employees/<string:username>")
