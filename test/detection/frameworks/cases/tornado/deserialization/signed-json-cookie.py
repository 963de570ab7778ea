import json

import tornado.web


class WizardHandler(tornado.web.RequestHandler):
    def get(self):
        raw = self.get_signed_cookie("wizard_state")
        state = json.loads(raw) if raw else {"step": 1}
        self.render("wizard.html", step=state["step"], answers=state.get("answers", {}))


app = tornado.web.Application([(r"/wizard", WizardHandler)], template_path="templates", cookie_secret="from-env")
