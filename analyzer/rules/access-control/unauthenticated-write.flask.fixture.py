# A Flask tool where no route requires a login: the unguarded write is for a person to review.
from flask import Flask, request

from tool.db import db, Note

app = Flask(__name__)


@app.post("/notes")
def add_note():  # hotspot: PY-AUTH-UNAUTHENTICATED-WRITE
    db.session.add(Note(text=request.form["text"]))
    db.session.commit()
    return "ok"


@app.get("/notes")
def list_notes():  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    return {"notes": [n.text for n in Note.query.all()]}
