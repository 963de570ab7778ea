import json
import subprocess
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
MONITORS = Path("/var/lib/uptime/monitors.json")


@app.post("/monitors")
def add_monitor():
    monitors = json.loads(MONITORS.read_text()) if MONITORS.exists() else []
    monitors.append({"host": request.form["host"]})
    MONITORS.write_text(json.dumps(monitors))
    return {"count": len(monitors)}


@app.post("/monitors/check")
def check_all():
    results = {}
    for monitor in json.loads(MONITORS.read_text()):
        out = subprocess.run(["ping", "-c", "1", "--", monitor["host"]], capture_output=True, text=True)
        results[monitor["host"]] = out.returncode == 0
    return results
