import falcon

from saas import plans, tokens


class AuthMiddleware:
    def process_request(self, req, resp):
        if req.path == "/health":
            return
        scheme, _, token = (req.auth or "").partition(" ")
        claims = tokens.decode(token) if scheme.lower() == "bearer" else None
        if claims is None:
            raise falcon.HTTPUnauthorized(title="Authentication required")
        req.context.user = claims


def billing_admin(req, resp, resource, params):
    if "billing:admin" not in req.context.user.get("permissions", []):
        raise falcon.HTTPForbidden(title="Billing administrators only")


class Health:
    def on_get(self, req, resp):
        resp.media = {"ok": True}


class AccountPlan:
    def on_get(self, req, resp, account_id):
        resp.media = plans.current(account_id)

    @falcon.before(billing_admin)
    def on_put(self, req, resp, account_id):
        body = req.get_media()
        plans.change(account_id, body["plan"], seats=int(body.get("seats", 1)), by=req.context.user["sub"])
        resp.media = {"account": account_id, "plan": body["plan"]}


app = falcon.App(middleware=[AuthMiddleware()])
app.add_route("/health", Health())
app.add_route("/admin/accounts/{account_id:int}/plan", AccountPlan())
