import falcon

from plant import api_keys


def require_api_key(req, resp, resource, params):
    key = req.get_header("X-Api-Key")
    device_owner = api_keys.owner_of(key) if key else None
    if device_owner is None:
        raise falcon.HTTPUnauthorized(title="API key required")
    req.context.owner = device_owner
