import tornado.web

from auth import staff_only
from cache import cdn


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        user = self.get_signed_cookie("uid")
        return {"id": int(user), "groups": self.application.settings.get("groups_for", lambda _u: [])(user)} if user else None


class DashboardHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.render("dashboard.html", user=self.current_user)


class CacheAdminHandler(BaseHandler):
    @staff_only
    def post(self):
        prefix = self.get_body_argument("prefix", "/")
        purged = cdn.purge(prefix)
        self.write({"purged": purged})
