import yaml
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def import_pipeline(request):
    body = await request.body()
    spec = yaml.safe_load(body) or {}
    steps = spec.get("steps", [])
    return JSONResponse({"name": spec.get("name"), "steps": len(steps)})


app = Starlette(routes=[Route("/pipelines/import", import_pipeline, methods=["POST"])])
