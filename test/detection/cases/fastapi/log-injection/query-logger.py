import logging

from fastapi import FastAPI

app = FastAPI()
logger = logging.getLogger("inventory.api")


@app.get("/items/search")
def search(term: str):
    logger.info("item search term=%s", term)
    return {"items": []}
