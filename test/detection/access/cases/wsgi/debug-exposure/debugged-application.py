import os

from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix

from shop.web import make_app

app = ProxyFix(make_app(), x_for=1)
application = DebuggedApplication(app, evalex=True)
