import tornado.escape
import tornado.web

from portal.db import users

EDITABLE = ("display_name", "bio", "timezone")


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        uid = self.get_signed_cookie("uid")
        return int(uid) if uid else None


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    async def get(self):
        user = await users.find_one({"_id": self.current_user})
        self.write({"display_name": user["display_name"], "bio": user.get("bio", "")})

    @tornado.web.authenticated
    async def patch(self):
        data = tornado.escape.json_decode(self.request.body)
        changes = {k: data[k] for k in EDITABLE if k in data}
        await users.update_one({"_id": self.current_user}, {"$set": changes})
        self.set_status(204)


def make_app():
    return tornado.web.Application([(r"/me", ProfileHandler)], cookie_secret="from-env", login_url="/login")
