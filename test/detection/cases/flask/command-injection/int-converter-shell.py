import subprocess

from flask import Flask, jsonify

app = Flask(__name__)


@app.post("/admin/workers/<int:pid>/stop")
def stop_worker(pid):
    result = subprocess.run(f"kill -TERM {pid}", shell=True, capture_output=True, text=True)
    return jsonify({"pid": pid, "ok": result.returncode == 0})
