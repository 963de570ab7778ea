import tornado.web

from reports import exporter, sessions


class AuthenticatedHandler(tornado.web.RequestHandler):
    def prepare(self):
        token = self.get_signed_cookie("session")
        self.account = sessions.account_for(token.decode()) if token else None
        if self.account is None:
            self.redirect("/login")
            return


class ReportsHandler(AuthenticatedHandler):
    def get(self):
        self.write({"reports": exporter.list_for(self.account.id)})


class ReportExportHandler(tornado.web.RequestHandler):
    async def post(self, report_id):
        job = await exporter.start(int(report_id), fmt=self.get_body_argument("format", "csv"))
        self.write({"job": job.id})


class ReportDeleteHandler(AuthenticatedHandler):
    def delete(self, report_id):
        exporter.delete(self.account.id, int(report_id))
        self.set_status(204)
