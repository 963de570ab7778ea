import logging

from fastapi import FastAPI, Header, HTTPException

from .keys import lookup_key

app = FastAPI()
logger = logging.getLogger("api")


@app.get("/v1/quotes")
def quotes(x_api_key: str = Header()):
    client = lookup_key(x_api_key)
    if client is None:
        logger.warning("quote request with an unknown api key")
        raise HTTPException(status_code=401)
    logger.info("quote request from client %s", client.name)
    return {"client": client.name, "quotes": []}
