from flask import Flask, jsonify, request
from jinja2 import Template
from pydantic import BaseModel

from mailer import queue_campaign

app = Flask(__name__)


class Campaign(BaseModel):
    subject: str
    segment_id: int


@app.post("/campaigns")
def create_campaign():
    c = Campaign.model_validate(request.get_json())
    preview = Template(c.subject).render(first_name="Ada")
    queue_campaign(c.segment_id, c.subject)
    return jsonify({"preview_subject": preview}), 201
