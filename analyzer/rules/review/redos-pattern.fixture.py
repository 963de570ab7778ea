import re

from flask import request


def signup():
    email = request.form["email"]
    if re.match(r"^(\w+\.?)*@example\.com$", email):  # hotspot: PY-INJ-REDOS
        return "ok"
    if re.match(r"^[\w.]+@example\.com$", email):  # ok: PY-INJ-REDOS
        return "ok"
    return "no"


def parse_config(text):
    return re.findall(r"(\w+=\w+;?)+", text)  # ok: PY-INJ-REDOS
