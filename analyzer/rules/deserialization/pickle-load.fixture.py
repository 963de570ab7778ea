import base64
import json
import pickle
import shelve

import jsonpickle
import torch
from django.core import signing
from django.http import JsonResponse


def restore_cart(request):
    raw = request.COOKIES.get("cart", "")
    cart = pickle.loads(base64.b64decode(raw))  # ok: PY-DESER-PICKLE -- request data: PY-INJ-DESER reports this call
    return JsonResponse({"items": len(cart)})


def restore_cart_json(request):
    cart = json.loads(request.COOKIES.get("cart", "[]"))  # ok: PY-DESER-PICKLE
    return JsonResponse({"items": len(cart)})


def restore_cart_signed(request):
    cart = signing.loads(request.COOKIES.get("cart", ""), max_age=3600)  # ok: PY-DESER-PICKLE
    return JsonResponse({"items": len(cart)})


def load_report(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)  # hotspot: PY-DESER-PICKLE


def import_job(payload):
    return jsonpickle.decode(payload)  # hotspot: PY-DESER-PICKLE


def session_store(path):
    return shelve.open(path)  # hotspot: PY-DESER-PICKLE


def load_model(path):
    return torch.load(path)  # hotspot: PY-DESER-PICKLE


def load_weights(path):
    return torch.load(path, weights_only=True)  # ok: PY-DESER-PICKLE


def save_report(report, fh):
    pickle.dump(report, fh)  # ok: PY-DESER-PICKLE
