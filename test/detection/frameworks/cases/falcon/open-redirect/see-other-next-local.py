from urllib.parse import urlsplit

import falcon

from auth import check_credentials, start_session


def local_only(target):
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/dashboard"
    return target


class LoginResource:
    def on_post(self, req, resp):
        form = req.get_media()
        user = check_credentials(form["username"], form["password"])
        if user is None:
            raise falcon.HTTPUnauthorized()
        start_session(resp, user)
        raise falcon.HTTPSeeOther(local_only(req.get_param("next") or "/dashboard"))


app = falcon.App()
app.add_route("/login", LoginResource())
