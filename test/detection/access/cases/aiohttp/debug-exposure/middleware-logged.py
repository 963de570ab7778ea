import logging
import traceback

from aiohttp import web

from .views import routes

log = logging.getLogger(__name__)


@web.middleware
async def errors_middleware(request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        log.exception("unhandled error on %s", request.path)
        return web.json_response({"error": "internal error"}, status=500)


def create_app():
    app = web.Application(middlewares=[errors_middleware])
    app.add_routes(routes)
    return app
