import os

from flask import Flask
from flask_debugtoolbar import DebugToolbarExtension

app = Flask(__name__)
app.config['DEBUG_TB_ENABLED'] = True  # expect: PY-DEBUG-TOOLBAR
app.config['DEBUG_TB_INTERCEPT_REDIRECTS'] = False  # ok: PY-DEBUG-TOOLBAR
app.config.update(DEBUG_TB_ENABLED=os.environ.get('TOOLBAR') == '1')  # ok: PY-DEBUG-TOOLBAR
toolbar = DebugToolbarExtension(app)  # ok: PY-DEBUG-TOOLBAR


class ProductionConfig:
    DEBUG_TB_ENABLED = True  # expect: PY-DEBUG-TOOLBAR


class DevelopmentConfig:
    DEBUG_TB_ENABLED = True  # ok: PY-DEBUG-TOOLBAR
