from newsletter.db import api_keys


def lookup(api_key, required_scopes=None):
    owner = api_keys.owner_of(api_key)
    return {"sub": owner} if owner else None
