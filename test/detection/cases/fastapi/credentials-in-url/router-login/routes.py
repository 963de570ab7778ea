from fastapi import APIRouter, HTTPException, Query

from .auth import authenticate, create_token

router = APIRouter(prefix="/auth")


@router.get("/token")
def token(client_id: str, client_secret: str = Query(min_length=16)):
    client = authenticate(client_id, client_secret)
    if client is None:
        raise HTTPException(status_code=401)
    return {"access_token": create_token(client)}
