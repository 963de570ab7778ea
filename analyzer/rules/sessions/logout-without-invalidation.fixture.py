from django.contrib.auth import logout
from django.contrib.auth.views import LogoutView
from django.shortcuts import redirect
from flask import Flask, session
from flask_login import logout_user

app = Flask(__name__)


@app.route("/logout")
def flask_logout():  # expect: PY-SESSION-LOGOUT-KEEPS-SESSION
    session.pop("user_id", None)
    return redirect("/")


@app.route("/logout2")
def flask_logout_ok():  # ok: PY-SESSION-LOGOUT-KEEPS-SESSION
    logout_user()
    session.clear()
    return redirect("/")


def logout_view(request):  # expect: PY-SESSION-LOGOUT-KEEPS-SESSION
    response = redirect("/")
    response.delete_cookie("sessionid")
    return response


def signout(request):  # ok: PY-SESSION-LOGOUT-KEEPS-SESSION
    logout(request)
    return redirect("/")


def api_logout(request):  # ok: PY-SESSION-LOGOUT-KEEPS-SESSION
    request.user.auth_token.delete()
    return redirect("/")


class MyLogout(LogoutView):
    def post(self, request):  # ok: PY-SESSION-LOGOUT-KEEPS-SESSION
        return redirect("/")
