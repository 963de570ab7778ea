import logging

from fastapi import Form, HTTPException

logger = logging.getLogger("oauth")


def client_credentials(client_id: str = Form(), client_secret: str = Form()):
    logger.debug("client credentials grant: id=%s secret=%s", client_id, client_secret)
    from .clients import verify_client
    client = verify_client(client_id, client_secret)
    if client is None:
        raise HTTPException(status_code=401)
    return client
