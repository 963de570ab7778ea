import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)

build_cmd = lambda src, fmt: f"ffmpeg -y -i /srv/media/{src} /srv/media/out.{fmt}"


@app.post("/admin/media/transcode")
def transcode():
    source = request.values.get("source", "")
    fmt = request.values.get("format", "mp4")
    proc = subprocess.run(build_cmd(source, fmt), shell=True, timeout=600)
    return jsonify({"ok": proc.returncode == 0})
