from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

from .security import user_from_token

oauth2 = OAuth2PasswordBearer(tokenUrl="/login/access-token")


def get_current_user(token: str = Depends(oauth2)):
    user = user_from_token(token)
    if user is None:
        raise HTTPException(status_code=401)
    return user


def get_current_active_user(user=Depends(get_current_user)):
    if not user.is_active:
        raise HTTPException(status_code=400, detail="Inactive user")
    return user


def get_current_superuser(user=Depends(get_current_active_user)):
    if not user.is_superuser:
        raise HTTPException(status_code=403, detail="Not enough privileges")
    return user
