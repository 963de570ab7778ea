from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from presets import load_preset, save_preset
from thumbs import make_thumbnail


async def create_preset(request):
    form = await request.form()
    await save_preset(form["name"], form["geometry"])
    return JSONResponse({"saved": form["name"]}, status_code=201)


async def thumbnail(request):
    geometry = await load_preset(request.path_params["preset"])
    path = make_thumbnail(request.path_params["image_id"], geometry)
    return JSONResponse({"thumbnail": path})


app = Starlette(
    routes=[
        Route("/presets", create_preset, methods=["POST"]),
        Route("/images/{image_id:int}/thumbnail/{preset}", thumbnail, methods=["POST"]),
    ]
)
