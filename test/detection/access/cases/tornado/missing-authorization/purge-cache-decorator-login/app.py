import tornado.ioloop
import tornado.web

from handlers import CacheAdminHandler, DashboardHandler


def make_app(settings):
    return tornado.web.Application(
        [
            (r"/", DashboardHandler),
            (r"/ops/cache/purge", CacheAdminHandler),
        ],
        **settings,
    )


if __name__ == "__main__":
    make_app({"cookie_secret": "from-env", "login_url": "/login"}).listen(8080)
    tornado.ioloop.IOLoop.current().start()
