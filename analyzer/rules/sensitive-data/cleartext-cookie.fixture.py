from cryptography.fernet import Fernet
from flask import Flask, make_response, request, session

app = Flask(__name__)
fernet = Fernet(Fernet.generate_key())


@app.route("/remember", methods=["POST"])
def remember():
    resp = make_response("ok")
    resp.set_cookie("password", request.form["password"])  # expect: PY-DATA-CLEARTEXT-COOKIE
    resp.set_cookie("card", fernet.encrypt(request.form["card_number"].encode()))  # ok: PY-DATA-CLEARTEXT-COOKIE
    resp.set_cookie("session_token", request.form["session_token"], secure=True, httponly=True, samesite="Lax")  # ok: PY-DATA-CLEARTEXT-COOKIE
    resp.set_cookie("prefs", "dark", secure=True, httponly=True, samesite="Lax")  # ok: PY-DATA-CLEARTEXT-COOKIE
    session["card_number"] = request.form["card_number"]  # expect: PY-DATA-CLEARTEXT-COOKIE
    session["user_id"] = 3  # ok: PY-DATA-CLEARTEXT-COOKIE
    return resp


def django_view(request, response):
    response.set_cookie("creds", f"{request.POST['username']}:{request.POST['password']}")  # expect: PY-DATA-CLEARTEXT-COOKIE
    request.session["ssn"] = request.POST["ssn"]  # ok: PY-DATA-CLEARTEXT-COOKIE
    return response
