from fastapi import FastAPI, Response
from pydantic import BaseModel, Field

from .store import save_applicant

app = FastAPI()


class Applicant(BaseModel):
    full_name: str
    ssn: str = Field(pattern=r"^\d{3}-\d{2}-\d{4}$")


@app.post("/loan/applicant")
def applicant(body: Applicant, response: Response):
    ref = save_applicant(body)
    response.set_cookie("applicant_ref", ref, secure=True, httponly=True)
    response.set_cookie("applicant_ssn_hint", "***-**-" + body.ssn[-4:], secure=True)
    return {"next": "/loan/income"}
