from flask import Flask, render_template_string
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)
PREVIEW = "<p>Hi {{ user.name }},</p><p>{{ message }}</p>"


@api.route("/notifications/preview")
class NotificationPreview(Resource):
    def post(self):
        html = render_template_string(PREVIEW, user={"name": "Sam"}, message=api.payload["template"])
        return {"html": html}
