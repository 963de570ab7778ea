import tornado.web

from accounts import registry


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        uid = self.get_signed_cookie("uid")
        return int(uid) if uid else None


class SignupHandler(BaseHandler):
    def get(self):
        self.render("signup.html", error=None)

    def post(self):
        email = self.get_body_argument("email")
        password = self.get_body_argument("password")
        if registry.exists(email):
            self.render("signup.html", error="That email is already registered")
            return
        user_id = registry.create(email, password)
        self.set_signed_cookie("uid", str(user_id), httponly=True, secure=True)
        self.redirect("/welcome")


class SettingsHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.render("settings.html", settings=registry.settings_of(self.current_user))

    @tornado.web.authenticated
    def post(self):
        registry.update_settings(self.current_user, timezone=self.get_body_argument("timezone"))
        self.redirect("/settings")


def make_app():
    return tornado.web.Application(
        [(r"/signup", SignupHandler), (r"/settings", SettingsHandler)],
        cookie_secret="from-env",
        login_url="/login",
        xsrf_cookies=True,
    )
