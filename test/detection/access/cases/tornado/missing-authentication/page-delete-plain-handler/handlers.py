import tornado.web

from wiki.store import pages


class AuthedHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("editor")

    def prepare(self):
        if not self.current_user:
            self.redirect(self.get_login_url())


class PageHandler(AuthedHandler):
    async def get(self, slug):
        self.render("page.html", page=await pages.get(slug))

    async def post(self, slug):
        await pages.save(slug, self.get_body_argument("body"), editor=self.current_user)
        self.redirect(f"/wiki/{slug}")


class PageDeleteHandler(tornado.web.RequestHandler):
    async def post(self, slug):
        await pages.delete(slug)
        self.redirect("/wiki/")
