import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/diagnostics/dns")
def dns_check():
    targets = [request.args.get("host", "localhost"), "9.9.9.9"]
    status = os.system(f"ping -c 1 -W 2 {targets[0]} > /dev/null")
    return {"resolver_reachable": status == 0, "asked_for": len(targets[0])}
