from starlette.applications import Starlette
from starlette.routing import Mount

from reports.routes import routes as report_routes

app = Starlette(routes=[Mount("/reports", routes=report_routes)])
