from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route

LANGUAGES = {"en", "de", "fr"}


async def home(request):
    from starlette.responses import HTMLResponse

    return HTMLResponse("<h1>Home</h1>")


async def set_language(request):
    lang = request.path_params["lang"]
    response = RedirectResponse(request.url_for("home"))
    if lang in LANGUAGES:
        response.set_cookie("lang", lang, max_age=31536000)
    return response


app = Starlette(routes=[Route("/", home, name="home"), Route("/lang/{lang}", set_language)])
