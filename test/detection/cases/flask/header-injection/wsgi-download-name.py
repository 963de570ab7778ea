from urllib.parse import parse_qs

from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "reports"


def export_app(environ, start_response):
    query = parse_qs(environ.get("QUERY_STRING", ""))
    name = query.get("name", ["report"])[0]
    body = b"id,total\n1,10\n"
    start_response("200 OK", [
        ("Content-Type", "text/csv"),
        ("Content-Disposition", "attachment; filename=%s.csv" % name),
    ])
    return [body]


class ExportDispatcher:
    def __init__(self, flask_app):
        self.flask_app = flask_app

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO", "").startswith("/export"):
            return export_app(environ, start_response)
        return self.flask_app(environ, start_response)


app.wsgi_app = ExportDispatcher(app.wsgi_app)
