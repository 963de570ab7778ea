import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)
TOOLS = {"ping", "dig"}


@app.post("/diag")
def diag():
    host = request.form["host"]
    os.system("ping -c 1 " + host)  # expect: PY-INJ-CMD
    os.system("ping -c 1 " + shlex.quote(host))  # ok: PY-INJ-CMD
    subprocess.run(f"dig {host}", shell=True)  # expect: PY-INJ-CMD
    subprocess.run(["git", "log", host])  # expect: PY-INJ-CMD
    subprocess.run(["host", "--", host])  # ok: PY-INJ-CMD
    subprocess.run(["git", "log", "--author", host])  # ok: PY-INJ-CMD
    subprocess.run(["git", "log", "--author=x", host])  # expect: PY-INJ-CMD
    tool = request.form["tool"]
    if tool not in TOOLS:
        return "no", 400
    subprocess.run(f"{tool} example.com", shell=True)  # ok: PY-INJ-CMD
    return "ok"


@app.post("/report")
def report():
    # Containers written once as literals: a constant index reads one element, not its siblings.
    argv = [request.form["host"], "uptime"]
    subprocess.run(argv[1], shell=True)  # ok: PY-INJ-CMD
    subprocess.run(argv[0], shell=True)  # expect: PY-INJ-CMD
    opts = {"safe": "uptime", "bad": request.form["host"]}
    subprocess.run(opts["safe"], shell=True)  # ok: PY-INJ-CMD
    subprocess.run(opts["bad"], shell=True)  # expect: PY-INJ-CMD
    grown = ["uptime"]
    grown.append(request.form["host"])
    subprocess.run(grown[0], shell=True)  # expect: PY-INJ-CMD
    return "ok"


@app.get("/proc/<int:pid>")
def proc(pid):
    return subprocess.check_output(f"ps -p {pid}", shell=True)  # ok: PY-INJ-CMD
