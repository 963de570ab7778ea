import falcon
from defusedxml.ElementTree import parse

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


class SitemapImport:
    def on_post(self, req, resp):
        tree = parse(req.bounded_stream)
        resp.media = {"urls": [loc.text for loc in tree.iterfind(".//sm:loc", NS)]}


app = falcon.App()
app.add_route("/sitemaps", SitemapImport())
