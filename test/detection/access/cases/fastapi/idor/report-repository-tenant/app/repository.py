from fastapi import HTTPException
from sqlalchemy import select

from .db import SessionLocal
from .models import Report


def load_report(report_id, tenant_id):
    with SessionLocal() as db:
        report = db.scalars(select(Report).where(Report.id == report_id, Report.tenant_id == tenant_id)).first()
        if report is None:
            raise HTTPException(status_code=404)
        return {"id": report.id, "title": report.title, "rows": report.rows}
