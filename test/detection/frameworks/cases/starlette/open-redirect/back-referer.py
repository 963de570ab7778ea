from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route

LANGUAGES = {"en", "de", "fr"}


async def set_language(request):
    lang = request.path_params["lang"]
    back = request.headers.get("referer", "/")
    response = RedirectResponse(back)
    if lang in LANGUAGES:
        response.set_cookie("lang", lang, max_age=31536000)
    return response


app = Starlette(routes=[Route("/lang/{lang}", set_language)])
