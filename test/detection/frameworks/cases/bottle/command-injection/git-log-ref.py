import subprocess

from bottle import Bottle, request

app = Bottle()
REPO = "/srv/git/site.git"


@app.get("/changes")
def changes():
    ref = request.query.ref or "main"
    out = subprocess.check_output(["git", "--git-dir", REPO, "log", "--oneline", "-n", "20", ref], text=True)
    return {"commits": out.splitlines()}
