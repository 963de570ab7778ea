import requests

INTROSPECT_URL = "https://sso.example.com/introspect"


def token_info(token):
    reply = requests.post(INTROSPECT_URL, data={"token": token}, timeout=5)
    if reply.status_code != 200:
        return None
    data = reply.json()
    if not data.get("active"):
        return None
    return {"sub": data["sub"], "scope": data.get("scope", "").split()}
