import redis
from flask import Flask, jsonify, request

app = Flask(__name__)
r = redis.Redis(host="redis", decode_responses=True)


@app.post("/games/<int:game_id>/scores")
def submit_score(game_id):
    player = request.form["player"]
    score = int(request.form["score"])
    pipe = r.pipeline()
    pipe.execute_command(f"ZADD scores:{game_id} GT {score} {player}")
    pipe.zrevrank(f"scores:{game_id}", player)
    _, rank = pipe.execute()
    return jsonify({"rank": rank})
