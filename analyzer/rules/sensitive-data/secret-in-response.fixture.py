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
