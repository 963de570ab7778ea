from flask import Flask, request

app = Flask(__name__)  # ok: PY-UPLOAD-FLASK-SIZE-LIMIT


@app.post("/note")
def note():
    return {"note": request.form.get("text", "")}


@app.post("/hook")
def hook():
    # A body read with no limit set is the proxy's business: only uploads make the unset limit a finding.
    return {"size": len(request.get_data())}
