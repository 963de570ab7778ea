import sqlite3

import tornado.web

from jobs import run_backup

DB = "backups.sqlite3"


class TargetsHandler(tornado.web.RequestHandler):
    def post(self):
        with sqlite3.connect(DB) as conn:
            conn.execute(
                "INSERT INTO targets (name, directory) VALUES (?, ?)",
                (self.get_body_argument("name"), self.get_body_argument("directory")),
            )
        self.set_status(201)


class RunHandler(tornado.web.RequestHandler):
    def post(self, target_id):
        with sqlite3.connect(DB) as conn:
            row = conn.execute("SELECT name, directory FROM targets WHERE id = ?", (int(target_id),)).fetchone()
        if row is None:
            raise tornado.web.HTTPError(404)
        self.write({"archive": run_backup(row[0], row[1])})


def make_app():
    return tornado.web.Application([(r"/targets", TargetsHandler), (r"/targets/(\d+)/run", RunHandler)])
