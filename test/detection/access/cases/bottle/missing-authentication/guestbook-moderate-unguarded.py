import os
from functools import wraps

from bottle import Bottle, abort, redirect, request, response

from guestbook import entries

SECRET = os.environ["GUESTBOOK_SECRET"]
app = Bottle()


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if request.get_cookie("account", secret=SECRET) is None:
            redirect("/login")
        return view(*args, **kwargs)

    return wrapper


@app.get("/entries")
@login_required
def list_entries():
    return {"entries": entries.pending()}


@app.post("/entries/<entry_id:int>/approve")
@login_required
def approve(entry_id):
    entries.approve(entry_id)
    return {"approved": entry_id}


@app.post("/entries/<entry_id:int>/delete")
def delete(entry_id):
    if not entries.delete(entry_id):
        abort(404)
    response.status = 204


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)
