# A WSGI entry point with no Flask in it: the debugger wrapped around whatever application it serves.
import os

from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix

from shop.settings import DEBUG
from shop.web import make_app

app = ProxyFix(make_app(), x_for=1)
application = DebuggedApplication(app, evalex=True)  # expect: PY-FLASK-DEBUG
opt_in = DebuggedApplication(app, evalex=True) if os.environ.get("APP_DEBUG") == "1" else app  # ok: PY-FLASK-DEBUG

if DEBUG:
    app = DebuggedApplication(app)  # ok: PY-FLASK-DEBUG

if __name__ == "__main__":
    from wsgiref.simple_server import make_server

    make_server("", 8000, DebuggedApplication(app, evalex=True)).serve_forever()  # expect: PY-FLASK-DEBUG
