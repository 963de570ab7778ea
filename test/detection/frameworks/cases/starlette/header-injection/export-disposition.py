from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

from reports import render_csv


async def export(request):
    filename = request.query_params.get("filename", "report.csv")
    return Response(
        render_csv(),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


app = Starlette(routes=[Route("/export", export)])
