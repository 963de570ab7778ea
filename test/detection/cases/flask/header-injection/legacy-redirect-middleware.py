from flask import Flask, render_template


class LegacyRedirects:
    def __init__(self, wsgi_app, old_prefix="/blog/", new_prefix="/articles/"):
        self.wsgi_app = wsgi_app
        self.old_prefix = old_prefix
        self.new_prefix = new_prefix

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path.startswith(self.old_prefix):
            target = self.new_prefix + path[len(self.old_prefix):]
            start_response("301 Moved Permanently", [("Location", target), ("Content-Length", "0")])
            return [b""]
        return self.wsgi_app(environ, start_response)


app = Flask(__name__)
app.wsgi_app = LegacyRedirects(app.wsgi_app)


@app.route("/articles/<slug>")
def article(slug):
    return render_template("article.html", slug=slug)
