import sqlite3

import bcrypt
from django.contrib.auth.hashers import make_password
from django.db import models
from werkzeug.security import generate_password_hash

from .models import Account, User


class Member(models.Model):
    password = models.CharField(max_length=128)

    def __init__(self, username, password):
        self.username = username
        self.password = password  # expect: PY-AUTH-PLAINTEXT-PASSWORD


class SmtpClient:
    def __init__(self, password):
        self.password = password  # ok: PY-AUTH-PLAINTEXT-PASSWORD


def register(request):
    user = User(username=request.POST["username"])
    user.password = request.POST["password"]  # expect: PY-AUTH-PLAINTEXT-PASSWORD
    user.save()
    other = User(username="x")
    other.password = make_password(request.POST["password"])  # ok: PY-AUTH-PLAINTEXT-PASSWORD
    User.objects.create(username=request.POST["username"], password=request.POST["password"])  # expect: PY-AUTH-PLAINTEXT-PASSWORD
    User.objects.create_user(username=request.POST["username"], password=request.POST["password"])  # ok: PY-AUTH-PLAINTEXT-PASSWORD


def signup(form):
    password = form.password.data
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    Account(email=form.email.data, password=password)  # expect: PY-AUTH-PLAINTEXT-PASSWORD
    Account(email=form.email.data, password=hashed)  # ok: PY-AUTH-PLAINTEXT-PASSWORD
    Account(email=form.email.data, password=generate_password_hash(password))  # ok: PY-AUTH-PLAINTEXT-PASSWORD


def create_in_db(username, password):
    conn = sqlite3.connect("app.db")
    conn.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, password))  # expect: PY-AUTH-PLAINTEXT-PASSWORD
    pw_hash = generate_password_hash(password)
    conn.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, pw_hash))  # ok: PY-AUTH-PLAINTEXT-PASSWORD


def mongo_signup(db, username, password):
    db.users.insert_one({"username": username, "password": password})  # expect: PY-AUTH-PLAINTEXT-PASSWORD
    db.users.insert_one({"username": username, "password": bcrypt.hashpw(password.encode(), bcrypt.gensalt())})  # ok: PY-AUTH-PLAINTEXT-PASSWORD


USERS_DB = {}


def remember(username, password):
    USERS_DB[username] = password  # expect: PY-AUTH-PLAINTEXT-PASSWORD
    USERS_DB[username] = bcrypt.hashpw(password.encode(), bcrypt.gensalt())  # ok: PY-AUTH-PLAINTEXT-PASSWORD


from rest_framework import serializers


class RegisterSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["username", "password"]

    def create(self, validated_data):
        return User.objects.create(**validated_data)  # expect: PY-AUTH-PLAINTEXT-PASSWORD


class RegisterSerializerSafe(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["username", "password"]

    def create(self, validated_data):
        return User.objects.create_user(**validated_data)  # ok: PY-AUTH-PLAINTEXT-PASSWORD


def hash_password(value):
    return bcrypt.hashpw(value.encode(), bcrypt.gensalt())


class Operator(models.Model):
    # The attribute is a property: its setter keeps only the hash, so assigning it stores no plain text.
    @property
    def passwd(self):
        return self.passwd_hash

    @passwd.setter
    def passwd(self, value):
        self.passwd_hash = hash_password(value)

    @property
    def pwd(self):
        return self.pwd_value

    @pwd.setter
    def pwd(self, value):
        self.pwd_value = value


def change_operator_password(request, operator_user):
    operator_user.passwd = request.POST["passwd"]  # ok: PY-AUTH-PLAINTEXT-PASSWORD
    operator_user.pwd = request.POST["pwd"]  # expect: PY-AUTH-PLAINTEXT-PASSWORD
    operator_user.save()


class PartnerLoginSerializer(serializers.ModelSerializer):
    password = serializers.CharField(write_only=True)

    class Meta:
        model = Account
        fields = ["login", "password"]

    def update(self, instance, validated_data):
        instance.password = validated_data["password"]  # expect: PY-AUTH-PLAINTEXT-PASSWORD
        instance.save()
        return instance


class PartnerLoginHashingSerializer(serializers.ModelSerializer):
    def update(self, instance, validated_data):
        instance.password = make_password(validated_data["password"])  # ok: PY-AUTH-PLAINTEXT-PASSWORD
        instance.save()
        return instance
