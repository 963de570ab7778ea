import redis
from flask import Flask, jsonify, request

app = Flask(__name__)
r = redis.Redis(host="redis", decode_responses=True)


@app.post("/quota/consume")
def consume_quota():
    account = request.get_json()["account"]
    script = f"""
    local used = redis.call('INCR', 'quota:{account}')
    if used == 1 then redis.call('EXPIRE', 'quota:{account}', 3600) end
    return used
    """
    return jsonify({"used": r.eval(script, 0)})
