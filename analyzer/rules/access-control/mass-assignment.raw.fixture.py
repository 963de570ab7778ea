import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiohttp import web
from aiohttp_security import authorized_userid

from .store import cache, devices

routes = web.RouteTableDef()


@routes.patch("/account")
async def update_account(request):
    uid = await authorized_userid(request)
    body = await request.json()
    sets = ", ".join(f"{k} = ${i}" for i, k in enumerate(body, start=2))
    await request.app["db"].execute(f"UPDATE accounts SET {sets} WHERE id = $1", uid, *body.values())  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    return web.json_response({"updated": True})


@routes.patch("/account/allowed")
async def update_account_allowed(request):
    uid = await authorized_userid(request)
    body = await request.json()
    allowed = {k: body[k] for k in ("name", "locale") if k in body}
    sets = ", ".join(f"{k} = ${i}" for i, k in enumerate(allowed, start=2))
    await request.app["db"].execute(f"UPDATE accounts SET {sets} WHERE id = $1", uid, *allowed.values())  # ok: PY-AUTHZ-MASS-ASSIGNMENT
    return web.json_response({"updated": True})


@routes.get("/search")
async def search(request):
    body = await request.json()
    where = " AND ".join(f"{k} = ?" for k in body)
    rows = await request.app["db"].fetch(f"SELECT id FROM accounts WHERE {where}")  # ok: PY-AUTHZ-MASS-ASSIGNMENT
    return web.json_response([r["id"] for r in rows])


class DeviceHandler(BaseHTTPRequestHandler):
    def do_PUT(self):
        device_id = self.path.rsplit("/", 1)[-1]
        device = devices.get(device_id)
        patch = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        device.update(patch)  # expect: PY-AUTHZ-MASS-ASSIGNMENT
        devices.save(device_id, device)
        self.send_response(204)

    def do_PATCH(self):
        device_id = self.path.rsplit("/", 1)[-1]
        device = devices.get(device_id)
        patch = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        for key in ("label", "location"):
            if key in patch:
                device[key] = patch[key]  # ok: PY-AUTHZ-MASS-ASSIGNMENT
        devices.save(device_id, device)
        self.send_response(204)

    def do_POST(self):
        patch = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        view = {"path": self.path}
        view.update(patch)  # ok: PY-AUTHZ-MASS-ASSIGNMENT
        self.wfile.write(json.dumps(view).encode())


ThreadingHTTPServer(("", 8000), DeviceHandler).serve_forever()
