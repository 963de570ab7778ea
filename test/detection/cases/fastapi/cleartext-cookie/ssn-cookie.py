from fastapi import FastAPI, Response
from pydantic import BaseModel, Field

app = FastAPI()


class Applicant(BaseModel):
    full_name: str
    ssn: str = Field(pattern=r"^\d{3}-\d{2}-\d{4}$")


@app.post("/loan/applicant")
def applicant(body: Applicant, response: Response):
    response.set_cookie("applicant_ssn", body.ssn, secure=True, httponly=True)
    response.set_cookie("applicant_name", body.full_name, secure=True)
    return {"next": "/loan/income"}
