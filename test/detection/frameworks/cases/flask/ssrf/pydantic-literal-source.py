from typing import Literal

import httpx
from flask import Flask, jsonify, request
from pydantic import BaseModel

app = Flask(__name__)
SOURCES = {
    "github": "https://api.github.com/repos/acme/app/releases",
    "pypi": "https://pypi.org/pypi/acme-app/json",
}


class ImportRequest(BaseModel):
    source: Literal["github", "pypi"]
    label: str = "import"


@app.post("/imports")
def start_import():
    job = ImportRequest.model_validate(request.get_json())
    resp = httpx.get(SOURCES[job.source], timeout=10)
    return jsonify({"label": job.label, "bytes": len(resp.content)}), 202
