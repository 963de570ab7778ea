from typing import Any

from flask import Flask, jsonify, request
from pydantic import BaseModel
from pymongo import MongoClient

app = Flask(__name__)
tickets = MongoClient("mongodb://mongo:27017").support.tickets


class TicketQuery(BaseModel):
    filters: dict[str, Any] = {}
    limit: int = 50


@app.post("/tickets/search")
def search_tickets():
    q = TicketQuery.model_validate(request.get_json())
    return jsonify(list(tickets.find(q.filters, {"_id": 0}).limit(q.limit)))
