import urllib.request

import tornado.web


class NotifyHandler(tornado.web.RequestHandler):
    def post(self):
        callback = self.request.headers["X-Callback-Url"]
        with urllib.request.urlopen(callback, data=self.request.body, timeout=5) as resp:
            self.write({"callback_status": resp.status})


app = tornado.web.Application([(r"/notify", NotifyHandler)])
