import json
import urllib.request

from bottle import Bottle, request

app = Bottle()
HOOKS_API = "https://hooks.internal.example.com/v1/endpoints"


@app.post("/webhooks/test")
def test_webhook():
    hook_id = int(request.json["hook_id"])
    req = urllib.request.Request(f"{HOOKS_API}/{hook_id}/ping", data=json.dumps({"event": "ping"}).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return {"status": resp.status}
