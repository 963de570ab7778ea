import tornado.web

UPLOAD_DIR = "/srv/uploads"


class UploadHandler(tornado.web.RequestHandler):
    def post(self):
        saved = []
        for info in self.request.files.get("document", []):
            with open(f"{UPLOAD_DIR}/{info['filename']}", "wb") as out:
                out.write(info["body"])
            saved.append(info["filename"])
        self.write({"saved": saved})


app = tornado.web.Application([(r"/upload", UploadHandler)])
