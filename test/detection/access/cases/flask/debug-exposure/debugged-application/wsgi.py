from werkzeug.debug import DebuggedApplication

from shop import create_app

app = create_app()
application = DebuggedApplication(app, evalex=True)
