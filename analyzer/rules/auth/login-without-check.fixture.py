import jwt
from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from flask import Flask, jsonify, request

from .models import User

app = Flask(__name__)
SECRET = "from-settings"


@app.route("/api/login", methods=["POST"])
def api_login():
    return jsonify({"token": "static-admin-token-123"})  # expect: PY-AUTH-LOGIN-NO-CHECK


@app.route("/api/token", methods=["POST"])
def issue_token():  # expect: PY-AUTH-LOGIN-NO-CHECK
    user = User.query.filter_by(username=request.json["username"]).first()
    return jsonify({"token": jwt.encode({"sub": user.id, "exp": 1}, SECRET, algorithm="HS256")})


@app.route("/api/token2", methods=["POST"])
def issue_token_checked():  # ok: PY-AUTH-LOGIN-NO-CHECK
    user = User.query.filter_by(username=request.json["username"]).first()
    if not user or not user.verify_password(request.json["password"]):
        return jsonify({"error": "bad credentials"}), 401
    return jsonify({"token": jwt.encode({"sub": user.id, "exp": 1}, SECRET, algorithm="HS256")})


def login_view(request):  # expect: PY-AUTH-LOGIN-NO-CHECK
    user = User.objects.get(username=request.POST["username"])
    login(request, user)
    return JsonResponse({"ok": True})


def login_checked(request):  # ok: PY-AUTH-LOGIN-NO-CHECK
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"ok": False}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})
