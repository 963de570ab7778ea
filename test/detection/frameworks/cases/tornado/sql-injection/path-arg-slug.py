import psycopg2
import tornado.web

conn = psycopg2.connect("dbname=wiki")


class PageHandler(tornado.web.RequestHandler):
    def get(self, slug):
        with conn.cursor() as cur:
            cur.execute("SELECT title, html FROM pages WHERE slug = '%s'" % slug)
            page = cur.fetchone()
        if page is None:
            raise tornado.web.HTTPError(404)
        self.render("page.html", title=page[0], html=page[1])


application = tornado.web.Application([(r"/wiki/([^/]+)", PageHandler)], template_path="templates")
