import sqlite3

from flask import Flask, jsonify, request
from pydantic import BaseModel

app = Flask(__name__)


class TagQuery(BaseModel):
    tags: list[str]


@app.post("/articles/by-tags")
def articles_by_tags():
    q = TagQuery.model_validate(request.get_json())
    in_list = ", ".join(f"'{t}'" for t in q.tags)
    db = sqlite3.connect("cms.db")
    rows = db.execute(f"SELECT DISTINCT a.id, a.title FROM articles a JOIN article_tags t ON t.article_id = a.id WHERE t.tag IN ({in_list})").fetchall()
    return jsonify(rows)
