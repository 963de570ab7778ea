# Pydantic models built from the request: a validator keeps only what it declares.
from flask import Flask, jsonify, request
from flask_login import login_required
from pydantic import BaseModel, ConfigDict, Extra

from shop.services import list_orders, save_profile

app = Flask(__name__)


class ListOrders(BaseModel):
    status: str = "open"
    sort: str = "created_at"


class ProfileIn(BaseModel):
    display_name: str
    is_admin: bool = False


class StrictQuery(BaseModel):
    status: str = "open"

    class Config:
        extra = Extra.forbid


class OpenQuery(BaseModel):
    model_config = ConfigDict(extra="allow")
    status: str = "open"


@app.get("/orders")
@login_required
def orders():
    params = ListOrders(**request.args.to_dict())  # ok: PY-AUTHZ-MASS-ASSIGNMENT
    return jsonify(list_orders(params))


@app.post("/profile")
@login_required
def profile():
    data = ProfileIn(**request.get_json())  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    return jsonify(save_profile(data))


@app.get("/search")
@login_required
def search():
    params = OpenQuery(**request.args.to_dict())  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    return jsonify(list_orders(params))


@app.get("/strict")
@login_required
def strict():
    params = StrictQuery(**request.args.to_dict())  # ok: PY-AUTHZ-MASS-ASSIGNMENT
    return jsonify(list_orders(params))
