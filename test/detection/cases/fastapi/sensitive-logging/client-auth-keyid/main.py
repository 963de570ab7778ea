from fastapi import Depends, FastAPI

from .auth import client_credentials
from .tokens import issue_client_token

app = FastAPI()


@app.post("/oauth/token")
def token(client=Depends(client_credentials)):
    return {"access_token": issue_client_token(client), "token_type": "bearer"}
