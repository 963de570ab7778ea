from enum import Enum

from fastapi import FastAPI, Response

app = FastAPI()


class CacheMode(str, Enum):
    none = "no-store"
    short = "max-age=60"
    long = "max-age=86400"


@app.get("/catalog")
def catalog(response: Response, cache: CacheMode = CacheMode.short):
    response.headers["Cache-Control"] = cache.value
    return {"items": []}
