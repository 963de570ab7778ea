import logging

from fastapi import FastAPI, Header, HTTPException

from .keys import lookup_key

app = FastAPI()
logger = logging.getLogger("api")


@app.get("/v1/quotes")
def quotes(x_api_key: str = Header()):
    logger.info("quote request with api key %s", x_api_key)
    client = lookup_key(x_api_key)
    if client is None:
        raise HTTPException(status_code=401)
    return {"client": client.name, "quotes": []}
