import yaml
from flask import Flask, request
from flask_restful import Api, Resource

from ci import queue_pipeline

app = Flask(__name__)
api = Api(app)


class Pipelines(Resource):
    def post(self, project_id):
        spec = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
        run_id = queue_pipeline(project_id, spec)
        return {"run": run_id}, 202


api.add_resource(Pipelines, "/projects/<int:project_id>/pipelines")
