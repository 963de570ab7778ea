from connexion.exceptions import ProblemException

from models import Report


def get_report(report_id, token_info):
    report = Report.query.get(report_id)
    if report is None:
        raise ProblemException(status=404, title="Not Found")
    return {"id": report.id, "title": report.title, "rows": report.rows}
