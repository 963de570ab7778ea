import requests
from fastapi import FastAPI
from pydantic import BaseModel, HttpUrl

app = FastAPI()


class SupplierFeed(BaseModel):
    supplier_id: int
    feed_url: HttpUrl


@app.post("/suppliers/feeds/test")
def test_feed(feed: SupplierFeed):
    resp = requests.get(str(feed.feed_url), timeout=10)
    return {"supplier": feed.supplier_id, "status": resp.status_code, "bytes": len(resp.content)}
