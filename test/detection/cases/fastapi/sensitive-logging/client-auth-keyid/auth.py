import logging

from fastapi import Form, HTTPException

from .clients import verify_client

logger = logging.getLogger("oauth")


def client_credentials(client_id: str = Form(), client_secret: str = Form()):
    logger.debug("client credentials grant: id=%s", client_id)
    client = verify_client(client_id, client_secret)
    if client is None:
        logger.warning("client secret rejected for %s", client_id)
        raise HTTPException(status_code=401)
    return client
