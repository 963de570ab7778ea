from starlette.applications import Starlette
from starlette.routing import Route
from starlette.templating import Jinja2Templates

templates = Jinja2Templates(directory="templates")


async def preview_profile(request):
    form = await request.form()
    context = {"request": request, "bio": form.get("bio", ""), "display_name": form.get("display_name", "")}
    return templates.TemplateResponse("profile_preview.html", context)


app = Starlette(routes=[Route("/profile/preview", preview_profile, methods=["POST"])])
