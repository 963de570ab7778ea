from fastapi import HTTPException

from .db import SessionLocal
from .models import Report


def load_report(report_id):
    with SessionLocal() as db:
        report = db.get(Report, report_id)
        if report is None:
            raise HTTPException(status_code=404)
        return {"id": report.id, "title": report.title, "rows": report.rows}
