import xml.sax
from io import BytesIO

from aiohttp import web
from xml.sax.handler import feature_external_ges


class LocCollector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.urls, self._in_loc = [], False

    def startElement(self, name, attrs):
        self._in_loc = name == "loc"

    def characters(self, content):
        if self._in_loc:
            self.urls.append(content.strip())


async def upload_sitemap(request):
    body = await request.read()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = LocCollector()
    parser.setContentHandler(handler)
    parser.parse(BytesIO(body))
    return web.json_response({"urls": handler.urls})


app = web.Application()
app.router.add_post("/sitemaps", upload_sitemap)
