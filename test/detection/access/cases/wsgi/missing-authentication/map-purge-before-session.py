from werkzeug.exceptions import HTTPException, Unauthorized
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from .cache import cdn
from .sessions import user_for

url_map = Map([
    Rule("/cache", endpoint="status", methods=["GET"]),
    Rule("/cache/purge", endpoint="purge", methods=["POST"]),
])


def status(request):
    return Response(cdn.status_json(), mimetype="application/json")


def purge(request):
    cdn.purge(request.form.getlist("path"))
    return Response(status=202)


PROTECTED = {"status": status, }


@Request.application
def application(request):
    adapter = url_map.bind_to_environ(request.environ)
    try:
        endpoint, args = adapter.match()
        if endpoint == "purge":
            return purge(request, **args)
        if user_for(request.cookies.get("sid")) is None:
            raise Unauthorized()
        return PROTECTED[endpoint](request, **args)
    except HTTPException as e:
        return e
