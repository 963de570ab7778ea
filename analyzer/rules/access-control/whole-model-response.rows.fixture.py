import json
import sqlite3
from http.server import BaseHTTPRequestHandler

from aiohttp import web
from aiohttp_security import check_authorized

routes = web.RouteTableDef()
db = sqlite3.connect("app.db")
db.row_factory = sqlite3.Row


@routes.get("/customers/me")
async def my_account(request):
    uid = await check_authorized(request)
    async with request.app["pool"].acquire() as conn:
        row = await conn.fetchrow("SELECT * FROM customers WHERE id = $1", int(uid))
    return web.json_response(dict(row))  # expect: PY-DATA-WHOLE-MODEL


@routes.get("/customers/me/short")
async def my_account_short(request):
    uid = await check_authorized(request)
    async with request.app["pool"].acquire() as conn:
        row = await conn.fetchrow("SELECT * FROM customers WHERE id = $1", int(uid))
    return web.json_response({"id": row["id"], "name": row["name"]})  # ok: PY-DATA-WHOLE-MODEL


@routes.get("/customers")
async def customers(request):
    await check_authorized(request)
    async with request.app["pool"].acquire() as conn:
        rows = await conn.fetch("SELECT * FROM customers")
    return web.json_response([dict(r) for r in rows])  # expect: PY-DATA-WHOLE-MODEL


@routes.get("/settings")
async def settings_pairs(request):
    await check_authorized(request)
    # Two columns read as key-value pairs: the dict holds the pairs, not a row.
    pairs = db.execute("SELECT key, value FROM public_settings").fetchall()
    return web.json_response(dict(pairs))  # ok: PY-DATA-WHOLE-MODEL


@routes.get("/echo")
async def echo(request):
    await check_authorized(request)
    return web.json_response(dict(request.query))  # ok: PY-DATA-WHOLE-MODEL


class ProfileHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        row = db.execute("SELECT * FROM users WHERE id = ?", (1,)).fetchone()
        body = json.dumps(dict(row)).encode()  # expect: PY-DATA-WHOLE-MODEL
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)


class PublicProfileHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        row = db.execute("SELECT * FROM users WHERE id = ?", (1,)).fetchone()
        body = json.dumps({"id": row["id"], "name": row["name"]}).encode()  # ok: PY-DATA-WHOLE-MODEL
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)


@routes.get("/directory")
async def directory(request):
    await check_authorized(request)
    async with request.app["pool"].acquire() as conn:
        rows = await conn.fetch("SELECT id, name, team FROM employees")
    # The query names its columns: each row holds those three and nothing added later.
    return web.json_response([dict(r) for r in rows])  # ok: PY-DATA-WHOLE-MODEL


@routes.get("/employees/{id}")
async def employee(request):
    await check_authorized(request)
    async with request.app["pool"].acquire() as conn:
        row = await conn.fetchrow("SELECT id, name, salary, performance_notes FROM employees WHERE id = $1", int(request.match_info["id"]))
    return web.json_response(dict(row))  # expect: PY-DATA-WHOLE-MODEL
