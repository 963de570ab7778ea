from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import OAuth2PasswordBearer, SecurityScopes

from .audit import audit_log
from .tokens import decode

oauth2 = OAuth2PasswordBearer(tokenUrl="/token", scopes={"me": "Read own data", "admin": "Administer the tenant"})
app = FastAPI()


def current_principal(scopes: SecurityScopes, token: str = Depends(oauth2)):
    claims = decode(token)
    if claims is None:
        raise HTTPException(status_code=401)
    missing = [s for s in scopes.scopes if s not in claims.get("scope", "").split()]
    if missing:
        raise HTTPException(status_code=403, detail="Missing scope")
    return claims


@app.delete("/admin/audit-log")
def purge_audit_log(before: str, principal=Security(current_principal, scopes=["admin"])):
    return {"purged": audit_log.purge(before)}
