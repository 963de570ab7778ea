import re

from fastapi import FastAPI

app = FastAPI()
SKUS = ["AB-1001", "AB-1002", "CD-2001"]


@app.get("/skus/prefix")
def by_prefix(prefix: str):
    rx = re.compile("^" + re.escape(prefix))
    return [s for s in SKUS if rx.match(s)]
