from flask import Flask, make_response
from flask_restx import Api, Namespace, Resource, reqparse

app = Flask(__name__)
api = Api(app)
ns = Namespace("embed")
embed_args = reqparse.RequestParser()
embed_args.add_argument("caption", type=str, default="", location="args")


@ns.route("/video/<int:video_id>")
class VideoEmbed(Resource):
    @ns.expect(embed_args)
    def get(self, video_id):
        caption = embed_args.parse_args()["caption"]
        html = f"<figure><video src='/media/{video_id}.mp4' controls></video><figcaption>{caption}</figcaption></figure>"
        resp = make_response(html)
        resp.mimetype = "text/html"
        return resp


api.add_namespace(ns, path="/embed")
