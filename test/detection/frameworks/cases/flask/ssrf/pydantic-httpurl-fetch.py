import httpx
from flask import Flask, jsonify, request
from pydantic import BaseModel, HttpUrl

app = Flask(__name__)


class ImportRequest(BaseModel):
    source: HttpUrl
    label: str = "import"


@app.post("/imports")
def start_import():
    job = ImportRequest.model_validate(request.get_json())
    resp = httpx.get(str(job.source), timeout=10)
    return jsonify({"label": job.label, "bytes": len(resp.content)}), 202
