import falcon

from auth import check_credentials, start_session


class LoginResource:
    def on_post(self, req, resp):
        form = req.get_media()
        user = check_credentials(form["username"], form["password"])
        if user is None:
            raise falcon.HTTPUnauthorized()
        start_session(resp, user)
        raise falcon.HTTPSeeOther(req.get_param("next") or "/dashboard")


app = falcon.App()
app.add_route("/login", LoginResource())
