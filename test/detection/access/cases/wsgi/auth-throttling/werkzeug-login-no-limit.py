from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.security import check_password_hash
from werkzeug.wrappers import Request, Response

from .db import find_user
from .sessions import store

url_map = Map([Rule("/login", endpoint="login", methods=["POST"])])


def login(request):
    user = find_user(request.form.get("email", ""))
    if user is None or not check_password_hash(user["password_hash"], request.form.get("password", "")):
        return Response("Invalid credentials", status=401)
    response = Response("ok")
    response.set_cookie("sid", store.create(user["id"]), httponly=True, secure=True)
    return response


@Request.application
def application(request):
    adapter = url_map.bind_to_environ(request.environ)
    try:
        endpoint, args = adapter.match()
        return {"login": login}[endpoint](request, **args)
    except HTTPException as e:
        return e
