import sqlite3

import tornado.ioloop
import tornado.web


class SubscriberHandler(tornado.web.RequestHandler):
    def get(self):
        email = self.get_argument("email")
        conn = sqlite3.connect("newsletter.db")
        row = conn.execute("SELECT email, confirmed FROM subscribers WHERE email = ?", (email,)).fetchone()
        conn.close()
        self.write({"email": row[0], "confirmed": bool(row[1])} if row else {"found": False})


def make_app():
    return tornado.web.Application([(r"/subscribers", SubscriberHandler)])


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
