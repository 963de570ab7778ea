import hmac
import os

from connexion.exceptions import OAuthProblem


def check_key(apikey, required_scopes=None):
    if not hmac.compare_digest(apikey, os.environ["MIRROR_API_KEY"]):
        raise OAuthProblem("invalid key")
    return {"sub": "operator"}
