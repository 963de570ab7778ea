import os

import jwt


def token_info(token):
    try:
        return jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"], audience="accounts")
    except jwt.InvalidTokenError:
        return None
