// aiohttp sub-applications in the inventory: a route added to `admin` mounted by add_subapp answers
// under its prefix behind its middlewares; one added to the main app escapes them.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';

function inventory(source: string): string[] {
  return analyzeSources([{ path: 'app.py', source }], []).endpoints.map((e) => `${e.methods.join(',')} ${e.path} ${e.authentication} ${e.handler.name}`);
}

const app = (onAdmin: boolean) => `
from aiohttp import web
from aiohttp_session import get_session

from .search import rebuild_index


@web.middleware
async def staff_only(request, handler):
    session = await get_session(request)
    if not session.get("staff_id"):
        raise web.HTTPFound("/login")
    return await handler(request)


async def dashboard(request):
    return web.json_response({})


async def reindex(request):
    await rebuild_index(request.config_dict["db"])
    return web.json_response({"started": True}, status=202)


def create_app():
    app = web.Application()
    admin = web.Application(middlewares=[staff_only])
    admin.router.add_get("/", dashboard)
    ${onAdmin ? 'admin.router.add_post("/reindex", reindex)' : 'app.router.add_post("/admin/reindex", reindex)'}
    app.add_subapp("/admin/", admin)
    return app
`;

describe('aiohttp sub-applications', () => {
  it("a sub-application's routes get its prefix and its middleware's guard; the main app's do not", () => {
    expect(inventory(app(true))).toEqual(['GET /admin/ required app.dashboard', 'POST /admin/reindex required app.reindex']);
    expect(inventory(app(false))).toEqual(['GET /admin/ required app.dashboard', 'POST /admin/reindex none app.reindex']);
  });
});
