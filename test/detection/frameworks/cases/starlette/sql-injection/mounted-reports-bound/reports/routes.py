from starlette.responses import JSONResponse
from starlette.routing import Route

from .repository import sales_by_region


async def regional_sales(request):
    region = request.query_params.get("region", "emea")
    return JSONResponse(sales_by_region(region))


routes = [Route("/sales", regional_sales)]
