import re

from fastapi import FastAPI

app = FastAPI()
SKUS = ["AB-1001", "AB-1002", "CD-2001", "EF-3001"]


@app.get("/skus/match")
def match_skus(pattern: str):
    rx = re.compile(pattern)
    return {"matches": [s for s in SKUS if rx.match(s)]}
