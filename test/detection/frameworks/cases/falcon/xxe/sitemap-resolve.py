import falcon
from lxml import etree

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


class SitemapImport:
    def on_post(self, req, resp):
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
        tree = etree.parse(req.bounded_stream, parser)
        resp.media = {"urls": [loc.text for loc in tree.iterfind(".//sm:loc", NS)]}


app = falcon.App()
app.add_route("/sitemaps", SitemapImport())
