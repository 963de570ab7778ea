import falcon

from reports import render_csv


class ExportResource:
    def on_get(self, req, resp, report_id: int):
        name = req.get_param("name") or f"report-{report_id}"
        resp.content_type = "text/csv"
        resp.downloadable_as = f"{name}.csv"
        resp.text = render_csv(report_id)


app = falcon.App()
app.add_route("/reports/{report_id:int}/export", ExportResource())
