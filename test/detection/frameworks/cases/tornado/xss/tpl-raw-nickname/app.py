import os

import tornado.web


class LobbyHandler(tornado.web.RequestHandler):
    def get(self, room):
        nickname = self.get_query_argument("nick", "guest")
        self.render("lobby.html", room=room, nickname=nickname)


def make_app():
    return tornado.web.Application(
        [(r"/rooms/([a-z0-9-]+)", LobbyHandler)],
        template_path=os.path.join(os.path.dirname(__file__), "templates"),
    )
