import tornado.web
from werkzeug.utils import secure_filename

UPLOAD_DIR = "/srv/uploads"


class UploadHandler(tornado.web.RequestHandler):
    def post(self):
        saved = []
        for info in self.request.files.get("document", []):
            name = secure_filename(info["filename"]) or "unnamed"
            with open(f"{UPLOAD_DIR}/{name}", "wb") as out:
                out.write(info["body"])
            saved.append(name)
        self.write({"saved": saved})


app = tornado.web.Application([(r"/upload", UploadHandler)])
