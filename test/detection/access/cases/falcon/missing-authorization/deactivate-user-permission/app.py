import falcon

from .db import users
from .hooks import require_permission, require_user


class UserDeactivateResource:
    @falcon.before(require_permission("users.deactivate"))
    def on_post(self, req, resp, user_id):
        users.deactivate(user_id, by=req.context.user.id)
        resp.status = falcon.HTTP_204


app = falcon.App()
app.add_route("/admin/users/{user_id:int}/deactivate", UserDeactivateResource())
