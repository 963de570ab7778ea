# Falcon hooks: a permission hook built by a factory (`require_permission("users.deactivate")`) tests the
# permission by the name it was given (the login-only twin is in the access suite: its hooks live in a
# module of their own).
import falcon

from accounts.db import users


def require_user(req, resp, resource, params):
    if req.context.get("user") is None:
        raise falcon.HTTPUnauthorized()


def require_permission(name):
    def hook(req, resp, resource, params):
        require_user(req, resp, resource, params)
        if name not in req.context.user.permissions:
            raise falcon.HTTPForbidden()
    return hook


class UserDeactivateResource:
    @falcon.before(require_permission("users.deactivate"))
    def on_post(self, req, resp, user_id):  # ok: PY-AUTHZ-PRIVILEGED-NO-CHECK
        users.deactivate(user_id, by=req.context.user.id)
        resp.status = falcon.HTTP_204


app = falcon.App()
app.add_route("/admin/users/{user_id:int}/deactivate", UserDeactivateResource())
