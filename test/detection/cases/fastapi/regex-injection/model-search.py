import re

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
LOG_LINES = open("/var/log/inventory/app.log", encoding="utf-8").read().splitlines()


class LogFilter(BaseModel):
    expression: str
    limit: int = 100


@app.post("/logs/filter")
def filter_logs(flt: LogFilter):
    hits = [line for line in LOG_LINES if re.search(flt.expression, line)]
    return {"lines": hits[: flt.limit]}
