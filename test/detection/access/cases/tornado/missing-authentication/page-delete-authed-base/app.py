import tornado.web

from handlers import PageDeleteHandler, PageHandler


def make_app():
    return tornado.web.Application(
        [(r"/wiki/([a-z0-9-]+)", PageHandler), (r"/wiki/([a-z0-9-]+)/delete", PageDeleteHandler)],
        cookie_secret="from-env",
        login_url="/login",
    )
