import subprocess

from bottle import Bottle, request

app = Bottle()


@app.post("/tools/dig")
def dig():
    name = request.forms.get("name")
    return subprocess.getoutput("dig +short " + name)
