import falcon

from .db import Message, session
from .hooks import require_user


@falcon.before(require_user)
class MessageResource:
    def on_get(self, req, resp, message_id):
        message = session.get(Message, message_id)
        if message is None:
            raise falcon.HTTPNotFound()
        resp.media = {"id": message.id, "subject": message.subject, "body": message.body}


app = falcon.App()
app.add_route("/messages/{message_id:int}", MessageResource())
