import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


def resize(path, arg):
    subprocess.run(f"mogrify -resize {arg} {path}", shell=True, check=True)


def rotate(path, arg):
    subprocess.run(["mogrify", "-rotate", str(int(arg)), path], check=True)


ACTIONS = {"resize": resize, "rotate": rotate}


@app.post("/images/<int:image_id>/transform")
def transform(image_id):
    action = ACTIONS.get(request.form["action"])
    if action is None:
        abort(400)
    action(f"/srv/images/{image_id}.png", request.form["arg"])
    return jsonify({"ok": True})
