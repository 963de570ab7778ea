from fastapi import FastAPI, Security
from fastapi.security import OAuth2PasswordBearer

from .subscriptions import subscriptions

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/oauth/token", scopes={"hooks:read": "Read hooks", "hooks:write": "Manage hooks"})
app = FastAPI()


@app.get("/subscriptions")
def list_subscriptions(token: str = Security(oauth2_scheme, scopes=["hooks:read"])):
    return subscriptions.for_token(token)


@app.delete("/subscriptions/{sub_id}")
def delete_subscription(sub_id: int, token: str = Security(oauth2_scheme, scopes=["hooks:write"])):
    subscriptions.delete_for_token(token, sub_id)
    return {"deleted": sub_id}
