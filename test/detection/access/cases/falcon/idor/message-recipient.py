import falcon

from .db import Message, session
from .hooks import require_user


@falcon.before(require_user)
class MessageResource:
    def on_get(self, req, resp, message_id):
        message = session.query(Message).filter_by(id=message_id, recipient_id=req.context.user.id).one_or_none()
        if message is None:
            raise falcon.HTTPNotFound()
        resp.media = {"id": message.id, "subject": message.subject, "body": message.body}


app = falcon.App()
app.add_route("/messages/{message_id:int}", MessageResource())
