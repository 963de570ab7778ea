import sqlite3

from flask import Flask, jsonify, request
from pydantic import BaseModel

app = Flask(__name__)


class ListQuery(BaseModel):
    sort: str = "created_at"
    page: int = 1


@app.get("/posts")
def posts():
    q = ListQuery.model_validate(request.args.to_dict())
    db = sqlite3.connect("blog.db")
    rows = db.execute(f"SELECT id, title FROM posts ORDER BY {q.sort} LIMIT 20 OFFSET {(q.page - 1) * 20}").fetchall()
    return jsonify(rows)
