import re
import subprocess

import falcon

REPO = "/srv/repos/docs.git"
SHA = re.compile(r"[0-9a-f]{7,40}")


class FileAtRevision:
    def on_get(self, req, resp):
        rev = req.get_param("rev", required=True)
        if not SHA.fullmatch(rev):
            raise falcon.HTTPBadRequest(title="rev must be a commit id")
        out = subprocess.run(["git", "-C", REPO, "show", rev], capture_output=True, timeout=10)
        resp.content_type = falcon.MEDIA_TEXT
        resp.data = out.stdout


app = falcon.App()
app.add_route("/docs/show", FileAtRevision())
