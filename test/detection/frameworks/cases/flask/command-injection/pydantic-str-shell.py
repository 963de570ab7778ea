import subprocess

from flask import Flask, jsonify, request
from pydantic import BaseModel

app = Flask(__name__)


class CertRequest(BaseModel):
    domain: str
    staging: bool = False


@app.post("/certificates")
def issue_certificate():
    req = CertRequest.model_validate(request.get_json())
    flags = "--staging" if req.staging else ""
    result = subprocess.run(f"certbot certonly --webroot -w /var/www/acme {flags} -d {req.domain}", shell=True, capture_output=True, text=True)
    return jsonify({"ok": result.returncode == 0})
