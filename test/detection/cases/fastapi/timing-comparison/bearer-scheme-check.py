from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .tokens import verify_access_token

app = FastAPI()
bearer = HTTPBearer(auto_error=False)


@app.get("/me")
def me(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)):
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(status_code=401, detail="Bearer token required")
    claims = verify_access_token(credentials.credentials)
    return {"sub": claims["sub"]}
