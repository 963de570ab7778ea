import logging

from fastapi import FastAPI

app = FastAPI()
logger = logging.getLogger("inventory.api")


@app.delete("/items/{item_id}")
def delete_item(item_id: int, batch: int = 0):
    logger.info("deleting item %d (batch %d)", item_id, batch)
    return {"deleted": item_id}
