import json
import sqlite3

import tornado.web


class TicketSearchHandler(tornado.web.RequestHandler):
    async def post(self):
        query = json.loads(self.request.body)
        status = query.get("status", "open")
        with sqlite3.connect("helpdesk.db") as db:
            rows = db.execute(f"SELECT id, subject FROM tickets WHERE status = '{status}' LIMIT 100").fetchall()
        self.write({"tickets": [{"id": i, "subject": s} for i, s in rows]})


app = tornado.web.Application([(r"/tickets/search", TicketSearchHandler)])
