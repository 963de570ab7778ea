import urllib.request

import tornado.web

CALLBACK_URL = "https://hooks.internal.example.com/notify"


class NotifyHandler(tornado.web.RequestHandler):
    def post(self):
        with urllib.request.urlopen(CALLBACK_URL, data=self.request.body, timeout=5) as resp:
            self.write({"callback_status": resp.status})


app = tornado.web.Application([(r"/notify", NotifyHandler)])
