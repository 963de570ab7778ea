import base64
import pickle

import tornado.web


class WizardHandler(tornado.web.RequestHandler):
    def get(self):
        raw = self.get_cookie("wizard_state")
        state = pickle.loads(base64.urlsafe_b64decode(raw)) if raw else {"step": 1}
        self.render("wizard.html", step=state["step"], answers=state.get("answers", {}))


app = tornado.web.Application([(r"/wizard", WizardHandler)], template_path="templates")
