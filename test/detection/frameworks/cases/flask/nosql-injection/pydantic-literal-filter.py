from typing import Literal, Optional

from flask import Flask, jsonify, request
from pydantic import BaseModel
from pymongo import MongoClient

app = Flask(__name__)
tickets = MongoClient("mongodb://mongo:27017").support.tickets


class TicketQuery(BaseModel):
    status: Optional[Literal["open", "pending", "closed"]] = None
    assignee_id: Optional[int] = None
    limit: int = 50


@app.post("/tickets/search")
def search_tickets():
    q = TicketQuery.model_validate(request.get_json())
    filters = {k: v for k, v in {"status": q.status, "assignee_id": q.assignee_id}.items() if v is not None}
    return jsonify(list(tickets.find(filters, {"_id": 0}).limit(q.limit)))
