import re
import subprocess

from bottle import Bottle, abort, request

app = Bottle()
REPO = "/srv/git/site.git"
REF = re.compile(r"[A-Za-z0-9._/-]{1,100}")


@app.get("/changes")
def changes():
    ref = request.query.ref or "main"
    if not REF.fullmatch(ref) or ref.startswith("-"):
        abort(400, "bad ref")
    out = subprocess.check_output(["git", "--git-dir", REPO, "log", "--oneline", "-n", "20", "--end-of-options", ref, "--"], text=True)
    return {"commits": out.splitlines()}
