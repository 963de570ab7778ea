from io import BytesIO

import defusedxml.sax
import xml.sax
from aiohttp import web


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
    handler = LocCollector()
    defusedxml.sax.parse(BytesIO(body), handler)
    return web.json_response({"urls": handler.urls})


app = web.Application()
app.router.add_post("/sitemaps", upload_sitemap)
