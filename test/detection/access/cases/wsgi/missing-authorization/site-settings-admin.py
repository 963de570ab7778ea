from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from .config import site_settings
from .sessions import user_for

url_map = Map([Rule("/admin/settings", endpoint="settings", methods=["POST"])])


def save_settings(request, user):
    if not user.is_admin:
        return Response("Forbidden", status=403)
    site_settings.update(
        registration_open=request.form.get("registration_open") == "on",
        maintenance_banner=request.form.get("maintenance_banner", ""),
    )
    return Response(status=204)


@Request.application
def application(request):
    user = user_for(request.cookies.get("sid"))
    if user is None:
        return Response("Login required", status=401)
    url_map.bind_to_environ(request.environ).match()
    return save_settings(request, user)
