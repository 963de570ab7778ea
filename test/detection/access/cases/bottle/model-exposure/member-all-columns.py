from bottle import abort, get, json_dumps, response

from .auth import require_login
from .models import Member, Session


@get("/members/<member_id:int>")
@require_login
def member_profile(member_id):
    m = Session().get(Member, member_id)
    if m is None:
        abort(404)
    response.content_type = "application/json"
    return json_dumps({c.name: getattr(m, c.name) for c in Member.__table__.columns}, default=str)
