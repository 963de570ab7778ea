import jwt
from fastapi import Depends, FastAPI, Header, HTTPException
from jose import jwt as jose_jwt

app = FastAPI()
PUBLIC_KEY = open("/run/secrets/jwt_public.pem").read()
UNVERIFIED = {"verify_signature": False}


def current_user(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: PY-API-JWT-NO-VERIFY
    return claims["sub"]


def current_user_verified(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="inventory")  # ok: PY-API-JWT-NO-VERIFY
    except jwt.InvalidTokenError:
        raise HTTPException(status_code=401)
    return claims["sub"]


def legacy_user(token):
    return jwt.decode(token, PUBLIC_KEY, verify=False)  # expect: PY-API-JWT-NO-VERIFY


def partner_user(token):
    return jose_jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "none"])  # expect: PY-API-JWT-NO-VERIFY


def debug_claims(token):
    return jwt.decode(token, options=UNVERIFIED)  # expect: PY-API-JWT-NO-VERIFY


def token_expiry(token):
    claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_exp": False})  # ok: PY-API-JWT-NO-VERIFY
    return claims["exp"]


@app.get("/me")
def me(user=Depends(current_user_verified)):
    return {"user": user}


def federated_user(token, keys):
    # Peeks at the issuer to choose its key, then verifies the same token.
    issuer = jwt.decode(token, options={"verify_signature": False}).get("iss")  # hotspot: PY-API-JWT-NO-VERIFY
    return jwt.decode(token, keys[issuer], algorithms=["RS256"], issuer=issuer)
