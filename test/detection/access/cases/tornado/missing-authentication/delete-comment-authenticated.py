import tornado.web

from store import comments


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("user")


class CommentsHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self, post_id):
        self.write({"comments": comments.for_post(int(post_id))})

    @tornado.web.authenticated
    def post(self, post_id):
        comments.add(int(post_id), self.current_user, self.get_body_argument("text"))
        self.set_status(201)


class CommentHandler(BaseHandler):
    @tornado.web.authenticated
    def delete(self, comment_id):
        comments.delete(int(comment_id))
        self.set_status(204)


def make_app():
    return tornado.web.Application(
        [
            (r"/posts/(\d+)/comments", CommentsHandler),
            (r"/comments/(\d+)", CommentHandler),
        ],
        cookie_secret="set-from-env",
        login_url="/login",
    )
