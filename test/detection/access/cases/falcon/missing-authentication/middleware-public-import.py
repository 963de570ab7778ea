import hashlib
import hmac
import os

import falcon

from crm import contacts, imports, sessions

PUBLIC_ROUTES = {"/health", "/imports"}
MAILER_SECRET = os.environ["MAILER_WEBHOOK_SECRET"].encode()


class SessionAuth:
    def process_request(self, req, resp):
        if req.path in PUBLIC_ROUTES:
            return
        user = sessions.lookup(req.get_cookie_values("sid"))
        if user is None:
            raise falcon.HTTPUnauthorized()
        req.context.user = user


class Health:
    def on_get(self, req, resp):
        resp.media = {"ok": True}


class Contacts:
    def on_get(self, req, resp):
        resp.media = contacts.for_owner(req.context.user.id)


class Imports:
    def on_post(self, req, resp):
        upload = req.get_media()
        job = imports.enqueue(owner_id=upload["owner_id"], rows=upload["rows"])
        resp.status = falcon.HTTP_202
        resp.media = {"job": job}


class MailerHook:
    def on_post(self, req, resp):
        body = req.bounded_stream.read()
        expected = hmac.new(MAILER_SECRET, body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, req.get_header("X-Mailer-Signature", default="")):
            raise falcon.HTTPUnauthorized()
        contacts.record_bounce(body)
        resp.status = falcon.HTTP_204


app = falcon.App(middleware=[SessionAuth()])
app.add_route("/health", Health())
app.add_route("/contacts", Contacts())
app.add_route("/imports", Imports())
app.add_route("/hooks/mailer", MailerHook())
