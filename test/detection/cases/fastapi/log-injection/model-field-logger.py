import logging

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
log = logging.getLogger(__name__)


class StockCount(BaseModel):
    sku: str
    counted: int
    operator: str


@app.post("/counts")
def record_count(count: StockCount):
    log.warning(f"stock count sku={count.sku} counted={count.counted} by={count.operator}")
    return {"ok": True}
