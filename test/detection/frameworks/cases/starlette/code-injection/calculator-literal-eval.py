import ast

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def calculate(request):
    expr = request.query_params.get("expr", "0")
    try:
        result = ast.literal_eval(expr)
    except (ValueError, SyntaxError):
        return JSONResponse({"error": "not a literal"}, status_code=400)
    return JSONResponse({"expr": expr, "result": result})


app = Starlette(routes=[Route("/calc", calculate)])
