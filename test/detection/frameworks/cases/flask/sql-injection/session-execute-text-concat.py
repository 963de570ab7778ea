from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://app@db/app"
db = SQLAlchemy(app)


@app.post("/api/tags/rename")
def rename_tag():
    data = request.get_json()
    db.session.execute(text("UPDATE tags SET name = '" + data["new"] + "' WHERE name = '" + data["old"] + "'"))
    db.session.commit()
    return jsonify({"renamed": data["old"]})
