# assay-fixture: path=api/app.py
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route


async def export(request):
    # Starlette keeps CR/LF in header values as given: the response can be split.
    name = request.query_params.get("name", "report")
    response = PlainTextResponse("data")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'  # expect: PY-INJ-HEADER
    response.headers["X-Page"] = str(int(request.query_params.get("page", "1")))  # ok: PY-INJ-HEADER
    # Its set_cookie goes through http.cookies, which quotes CR/LF in the value.
    response.set_cookie("lang", request.query_params.get("lang", "en"))  # hotspot: PY-INJ-HEADER
    return response


async def tagged(request):
    tag = request.query_params.get("tag", "")
    return Response("ok", headers={"X-Tag": tag})  # expect: PY-INJ-HEADER


async def fixed(request):
    return Response("ok", headers={"X-Tag": "static"})  # ok: PY-INJ-HEADER


app = Starlette(routes=[Route("/export", export), Route("/tagged", tagged), Route("/fixed", fixed)])


# HTTP middleware: `call_next` gives the endpoint's response, whose headers are still written as given.
@app.middleware("http")
async def trace(request, call_next):
    response = await call_next(request)
    response.headers["X-Trace"] = request.query_params.get("trace", "")  # expect: PY-INJ-HEADER
    response.headers["X-Served-By"] = "api-1"  # ok: PY-INJ-HEADER
    return response
