import functools
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


def run_tool(tool, argument):
    return subprocess.run(f"{tool} {argument}", shell=True, capture_output=True, text=True).stdout


nslookup = functools.partial(run_tool, "nslookup")


@app.post("/tools/nslookup")
def lookup():
    return jsonify({"output": nslookup(request.form["name"])})
