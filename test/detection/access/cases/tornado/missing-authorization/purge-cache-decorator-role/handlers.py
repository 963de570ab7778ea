import tornado.web

from accounts import directory
from auth import staff_only
from cache import cdn


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        uid = self.get_signed_cookie("uid")
        if not uid:
            return None
        return {"id": int(uid), "groups": directory.groups_of(int(uid))}


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
