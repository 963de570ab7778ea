import redis
from flask import Flask, abort, request

app = Flask(__name__)
store = redis.Redis()
INSPECT = "return redis.call(ARGV[1], KEYS[1])"
OPERATIONS = {"TTL", "TYPE", "STRLEN"}


@app.get("/inspect")
def inspect_key():
    op = request.args.get("op", "TTL").upper()
    if op not in OPERATIONS:
        abort(400)
    # KEYS[1] (the key) is data; ARGV[1], the command, is allowlisted.
    return {"r": store.eval(INSPECT, 1, request.args["key"], op)}  # ok: PY-INJ-NOSQL


@app.get("/inspect-any")
def inspect_any():
    # ARGV[1] runs as the command: the client picks FLUSHALL as readily as TTL.
    return {"r": store.eval(INSPECT, 1, request.args["key"], request.args["op"])}  # expect: PY-INJ-NOSQL
