import xml.sax

import defusedxml.sax
from flask import Flask, request
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)


class TitleCollector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._in_title, self._buf = [], False, []

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self._buf.append(content)

    def endElement(self, name):
        if name == "title":
            self.titles.append("".join(self._buf))
            self._buf, self._in_title = [], False


@api.route("/opml/import")
class OpmlImport(Resource):
    def post(self):
        handler = TitleCollector()
        defusedxml.sax.parse(request.files["opml"].stream, handler)
        return {"titles": handler.titles}
