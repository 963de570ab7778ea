import falcon


def require_user(req, resp, resource, params):
    if req.context.get("user") is None:
        raise falcon.HTTPUnauthorized()


def require_permission(name):
    def hook(req, resp, resource, params):
        require_user(req, resp, resource, params)
        if name not in req.context.user.permissions:
            raise falcon.HTTPForbidden()
    return hook
