import logging

from fastapi import Depends, FastAPI, Header, HTTPException

from .clients import lookup_client

app = FastAPI()
logger = logging.getLogger("ratelimit")


@app.get("/v1/search")
def search(q: str, x_client_key: str = Header(), x_client_name: str = Header(default="")):
    client = lookup_client(x_client_key)
    if client is None:
        raise HTTPException(status_code=401)
    if client.over_quota():
        logger.warning("rate limit hit for client %s (%d requests)", client.id, client.request_count)
        raise HTTPException(status_code=429)
    return {"results": [], "q": q}
