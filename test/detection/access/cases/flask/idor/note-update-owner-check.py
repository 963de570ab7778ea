from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

from models import Note, db

app = Flask(__name__)


@app.put("/notes/<int:note_id>")
@login_required
def update_note(note_id):
    note = db.session.get(Note, note_id)
    if note is None or note.owner_id != current_user.id:
        abort(404)
    note.title = request.json.get("title", note.title)
    note.body = request.json.get("body", note.body)
    db.session.commit()
    return jsonify(note.to_dict())
