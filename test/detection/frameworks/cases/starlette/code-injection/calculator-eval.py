from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def calculate(request):
    expr = request.query_params.get("expr", "0")
    result = eval(expr, {"__builtins__": {}}, {})
    return JSONResponse({"expr": expr, "result": result})


app = Starlette(routes=[Route("/calc", calculate)])
