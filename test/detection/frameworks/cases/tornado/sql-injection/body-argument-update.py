import sqlite3

import tornado.web


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        uid = self.get_signed_cookie("uid")
        return int(uid) if uid else None


class SettingsHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self):
        nickname = self.get_body_argument("nickname")
        db = sqlite3.connect("forum.db")
        db.execute("UPDATE users SET nickname = '" + nickname + "' WHERE id = " + str(self.current_user))
        db.commit()
        self.redirect("/settings")


app = tornado.web.Application([(r"/settings", SettingsHandler)], cookie_secret="load-from-env", login_url="/login")
