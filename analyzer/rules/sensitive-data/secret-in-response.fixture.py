from django.forms.models import model_to_dict
from django.http import JsonResponse
from flask import Flask, jsonify
from rest_framework import serializers

from .models import User

app = Flask(__name__)


class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "username", "email", "password"]  # expect: PY-DATA-SECRET-IN-RESPONSE


class SignupSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "username", "password"]  # ok: PY-DATA-SECRET-IN-RESPONSE
        extra_kwargs = {"password": {"write_only": True}}


@app.route("/me")
def me():
    user = User.query.first()
    return jsonify({"id": user.id, "email": user.email, "password_hash": user.password_hash})  # expect: PY-DATA-SECRET-IN-RESPONSE


@app.route("/me2")
def me_ok():
    user = User.query.first()
    return jsonify({"id": user.id, "email": user.email})  # ok: PY-DATA-SECRET-IN-RESPONSE


def profile(request):
    user = request.user
    return JsonResponse(model_to_dict(user))  # expect: PY-DATA-SECRET-IN-RESPONSE


def profile_ok(request):
    user = request.user
    return JsonResponse(model_to_dict(user, fields=["id", "email"]))  # ok: PY-DATA-SECRET-IN-RESPONSE


def user_list(request):
    return JsonResponse(list(User.objects.values("username", "password")), safe=False)  # expect: PY-DATA-SECRET-IN-RESPONSE


def user_list_ok(request):
    return JsonResponse(list(User.objects.values("username", "email")), safe=False)  # ok: PY-DATA-SECRET-IN-RESPONSE


def user_create(request, name=None, password=None):
    # A request to the identity service: the password is its argument, not the answer to a browser.
    manager = keystone_client(request).users
    return manager.create(name, password=password)  # ok: PY-DATA-SECRET-IN-RESPONSE


class Users:
    def post(self, request):
        new_user = user_create(request, name=request.POST["name"], password=request.POST.get("password"))
        return JsonResponse(new_user.to_dict(), status=201)  # ok: PY-DATA-SECRET-IN-RESPONSE


class RequestTokenResource:
    def post(self):
        token_ref = create_request_token()
        # OAuth 1 hands the consumer the token secret it just issued: by protocol design, to review.
        return jsonify({"oauth_token": token_ref["id"], "oauth_token_secret": token_ref["request_secret"]})  # hotspot: PY-DATA-SECRET-IN-RESPONSE
