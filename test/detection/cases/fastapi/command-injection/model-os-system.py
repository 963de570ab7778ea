import os

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class LabelJob(BaseModel):
    printer: str
    copies: int = 1


@app.post("/labels/print")
def print_labels(job: LabelJob):
    rc = os.system(f"lp -d {job.printer} -n {job.copies} /var/lib/inventory/labels/batch.pdf")
    return {"queued": rc == 0}
