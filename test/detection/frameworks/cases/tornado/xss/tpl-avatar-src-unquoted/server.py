import os

import tornado.web

from members import directory


class MemberCardHandler(tornado.web.RequestHandler):
    def get(self, member_id):
        member = directory.get(int(member_id))
        avatar = self.get_query_argument("avatar", member.avatar_url)
        self.render("card.html", member=member, avatar=avatar)


def make_app():
    return tornado.web.Application(
        [(r"/members/(\d+)/card", MemberCardHandler)],
        template_path=os.path.join(os.path.dirname(__file__), "templates"),
    )
