# assay-fixture: path=api/export.py
import falcon


class Export:
    def on_get(self, req, resp):
        # Falcon writes an ASCII name into filename="…" as given, and set_header keeps the value.
        name = req.get_param("name") or "report"
        resp.downloadable_as = f"{name}.csv"  # expect: PY-INJ-HEADER
        resp.set_header("X-Report", name)  # expect: PY-INJ-HEADER
        resp.set_header("X-Page", str(req.get_param_as_int("page") or 1))  # ok: PY-INJ-HEADER
        resp.text = "id\n"


class Moved:
    def on_get(self, req, resp, slug):
        if slug == "legacy":
            # resp.location is percent-encoded: CR/LF cannot survive there.
            resp.status = falcon.HTTP_301
            resp.location = f"/articles/{slug}"  # ok: PY-INJ-HEADER
            return
        # A raised redirect puts its location into the header as given.
        raise falcon.HTTPMovedPermanently(f"/articles/{slug}")  # expect: PY-INJ-HEADER


app = falcon.App()
app.add_route("/export", Export())
app.add_route("/old/{slug}", Moved())
