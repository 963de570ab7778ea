import subprocess

from flask import Flask, request
from flask_restful import Api, Resource

app = Flask(__name__)
api = Api(app)


class Thumbnail(Resource):
    def post(self, image_id):
        size = request.args.get("size", "200x200")
        src = f"/srv/media/{image_id}.jpg"
        subprocess.check_call(f"convert {src} -resize {size} /srv/media/thumbs/{image_id}.jpg", shell=True)
        return {"thumbnail": f"/media/thumbs/{image_id}.jpg"}, 201


api.add_resource(Thumbnail, "/images/<int:image_id>/thumbnail")
