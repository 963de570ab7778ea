import json
import urllib.request

from bottle import Bottle, request

app = Bottle()


@app.post("/webhooks/test")
def test_webhook():
    callback = request.json["callback_url"]
    req = urllib.request.Request(callback, data=json.dumps({"event": "ping"}).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return {"status": resp.status}
