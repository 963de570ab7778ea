import re
import subprocess

from bottle import Bottle, abort, request

app = Bottle()
HOST = re.compile(r"[A-Za-z0-9.-]{1,253}")


@app.post("/tools/dig")
def dig():
    name = request.forms.get("name", "")
    if not HOST.fullmatch(name) or name.startswith("-"):
        abort(400)
    return subprocess.run(["dig", "+short", "A", name], capture_output=True, text=True).stdout
