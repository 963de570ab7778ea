from flask import Flask
from flask_restx import Api

from api.projects import ns as projects_ns

app = Flask(__name__)
app.config.from_envvar("TRACKER_SETTINGS")
api = Api(app, version="1.0", title="Tracker API", doc="/docs")
api.add_namespace(projects_ns, path="/projects")
