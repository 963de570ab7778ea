from fastapi import APIRouter, Form, HTTPException

from .auth import authenticate, create_token

router = APIRouter(prefix="/auth")


@router.post("/token")
def token(client_id: str = Form(), client_secret: str = Form(min_length=16)):
    client = authenticate(client_id, client_secret)
    if client is None:
        raise HTTPException(status_code=401)
    return {"access_token": create_token(client)}
