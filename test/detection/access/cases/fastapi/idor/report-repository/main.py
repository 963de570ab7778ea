from fastapi import Depends, FastAPI

from app.deps import current_member
from app.repository import load_report

app = FastAPI()


@app.get("/reports/{report_id}")
def get_report(report_id: int, member=Depends(current_member)):
    return load_report(report_id)
