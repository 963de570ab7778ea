from functools import wraps

from flask import Flask, abort, g, jsonify, request, session

from models import Settings, db

app = Flask(__name__)


def requires_session(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "user_id" not in session:
            abort(401)
        g.user_id = session["user_id"]
        return view(*args, **kwargs)

    return wrapper


@app.get("/settings")
@requires_session
def read_settings():
    return jsonify(Settings.for_user(g.user_id).to_dict())


@app.post("/settings/mine")
@requires_session
def update_my_settings():
    mine = Settings.for_user(g.user_id)
    mine.theme = request.form.get("theme", "light")
    db.session.commit()
    return jsonify(mine.to_dict())
