import functools
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


def run_tool(tool, argument):
    return subprocess.run([tool, "--", argument], capture_output=True, text=True).stdout


host_lookup = functools.partial(run_tool, "host")


@app.post("/tools/host")
def lookup():
    return jsonify({"output": host_lookup(request.form["name"])})
