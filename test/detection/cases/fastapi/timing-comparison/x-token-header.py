import os
from typing import Annotated

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
METRICS_TOKEN = os.environ["METRICS_TOKEN"]


@app.get("/internal/metrics")
async def metrics(x_token: Annotated[str, Header()]):
    if x_token != METRICS_TOKEN:
        raise HTTPException(status_code=401, detail="X-Token header invalid")
    return {"requests": 1024}
