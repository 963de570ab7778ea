import falcon

from analytics.auth import SessionMiddleware
from analytics.store import reports


class ReportResource:
    def on_get(self, req, resp, report_id):
        report = reports.load(report_id)
        if report is None:
            raise falcon.HTTPNotFound()
        resp.media = {"id": report.id, "name": report.name, "rows": report.rows}

    def on_delete(self, req, resp, report_id):
        if not reports.delete_where(id=report_id):
            raise falcon.HTTPNotFound()
        resp.status = falcon.HTTP_204


app = falcon.App(middleware=[SessionMiddleware(required=True)])
app.add_route("/reports/{report_id:uuid}", ReportResource())
