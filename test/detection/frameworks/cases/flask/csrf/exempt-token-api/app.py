import hmac

from flask import Flask, abort, g, request
from flask_wtf.csrf import CSRFProtect

from tokens import lookup_token

app = Flask(__name__)
app.config["SECRET_KEY"] = "set-from-env"
csrf = CSRFProtect(app)


def require_api_token():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    client = lookup_token(header[7:])
    if client is None:
        abort(401)
    g.client = client


@app.post("/api/v1/events")
@csrf.exempt
def ingest_events():
    require_api_token()
    events = request.get_json(force=True)
    return {"accepted": len(events), "client": g.client}
