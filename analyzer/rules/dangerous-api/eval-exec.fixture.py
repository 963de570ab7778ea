import ast
import json

from flask import Flask, request

app = Flask(__name__)
SETUP = "import math"


@app.get("/calc")
def calc():
    expr = request.args.get("expr", "0")
    return {"result": eval(expr)}  # ok: PY-API-EVAL -- request data: the taint rule PY-INJ-CODE reports this call


@app.get("/calc-literal")
def calc_literal():
    return {"result": ast.literal_eval(request.args.get("expr", "0"))}  # ok: PY-API-EVAL


def run_hook(name, hooks):
    exec(f"result = {hooks[name]}")  # hotspot: PY-API-EVAL


def warm_up():
    exec(SETUP)  # ok: PY-API-EVAL
    return eval("1 + 1")  # ok: PY-API-EVAL


def parse_filters(raw):
    return json.loads(raw)  # ok: PY-API-EVAL


class Rule:
    def eval(self, context):
        return self.eval(context)  # ok: PY-API-EVAL
