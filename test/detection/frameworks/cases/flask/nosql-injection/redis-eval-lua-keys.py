import redis
from flask import Flask, jsonify, request

app = Flask(__name__)
r = redis.Redis(host="redis", decode_responses=True)
CONSUME = """
local used = redis.call('INCR', KEYS[1])
if used == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return used
"""


@app.post("/quota/consume")
def consume_quota():
    account = request.get_json()["account"]
    return jsonify({"used": r.eval(CONSUME, 1, f"quota:{account}", 3600)})
