from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/sitemaps/validate")
def validate_sitemap():
    import io
    from xml.sax import handler, make_parser

    class UrlCounter(handler.ContentHandler):
        def __init__(self):
            super().__init__()
            self.urls = 0

        def startElement(self, name, attrs):
            if name == "url":
                self.urls += 1

    counter = UrlCounter()
    parser = make_parser()
    parser.setFeature(handler.feature_external_ges, True)
    parser.setContentHandler(counter)
    parser.parse(io.BytesIO(request.get_data()))
    return jsonify(urls=counter.urls)
