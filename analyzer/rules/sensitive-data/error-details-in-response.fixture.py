import logging
import traceback
import json

from django.http import HttpResponse, JsonResponse
from flask import Flask, jsonify
from http.server import BaseHTTPRequestHandler
from aiohttp import web
from rest_framework.exceptions import ValidationError

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/orders", methods=["POST"])
def create_order():
    try:
        place()
    except Exception as e:
        return jsonify({"error": str(e)}), 500  # expect: PY-DATA-ERROR-DETAILS
    return jsonify({"ok": True})


@app.route("/orders2", methods=["POST"])
def create_order_ok():
    try:
        place()
    except Exception:
        logger.exception("order failed")
        return jsonify({"error": "internal error"}), 500  # ok: PY-DATA-ERROR-DETAILS
    return jsonify({"ok": True})


@app.route("/orders3")
def list_orders():
    try:
        place()
    except Exception as err:
        message = f"failed: {err}"
        return message, 500  # expect: PY-DATA-ERROR-DETAILS
    return "ok"


def django_view(request):
    try:
        place()
    except Exception:
        return HttpResponse(traceback.format_exc(), status=500)  # expect: PY-DATA-ERROR-DETAILS
    try:
        place()
    except ValidationError as e:
        return JsonResponse({"error": e.detail}, status=400)  # ok: PY-DATA-ERROR-DETAILS
    try:
        place()
    except Exception as e:
        logger.error("failed: %s", e)  # ok: PY-DATA-ERROR-DETAILS
        return JsonResponse({"error": type(e).__name__}, status=500)  # ok: PY-DATA-ERROR-DETAILS
    return HttpResponse("ok")


@app.errorhandler(Exception)
def on_error(error):
    return jsonify({"error": repr(error)}), 500  # expect: PY-DATA-ERROR-DETAILS


@app.errorhandler(404)
def not_found(error):
    return jsonify({"error": str(error)}), 404  # ok: PY-DATA-ERROR-DETAILS


def place():
    pass


def json_body(request):
    try:
        data = json.loads(request.body)
    except ValueError as e:
        # The decoder's message locates the client's own syntax error.
        return JsonResponse({"error": "malformed JSON request: %s" % e}, status=400)  # ok: PY-DATA-ERROR-DETAILS
    try:
        store(data)
    except ValueError as e:
        return JsonResponse({"error": "could not store: %s" % e}, status=400)  # expect: PY-DATA-ERROR-DETAILS
    return JsonResponse({"ok": True})


def key_and_ip_auth(view):
    return view


@key_and_ip_auth
def archive(request):
    try:
        store(request.POST["message"])
    except ValueError as e:
        # Answers the mail server that called this key-authenticated API.
        return JsonResponse({"error": str(e)}, status=400)  # hotspot: PY-DATA-ERROR-DETAILS
    return JsonResponse({"ok": True})


def store(data):
    pass


class ConvertHandler(BaseHTTPRequestHandler):
    # http.server and Tornado handlers write the body through themselves.
    def do_POST(self):
        try:
            store(self.rfile.read(10))
        except Exception:
            self.send_response(500)
            self.end_headers()
            self.wfile.write(traceback.format_exc().encode())  # expect: PY-DATA-ERROR-DETAILS
            logfile.write(traceback.format_exc())  # ok: PY-DATA-ERROR-DETAILS


async def errors_middleware(request, handler):
    try:
        return await handler(request)
    except Exception:
        return web.json_response({"error": "internal", "detail": traceback.format_exc()}, status=500)  # expect: PY-DATA-ERROR-DETAILS
