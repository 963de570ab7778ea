from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/dashboard")
def dashboard(request: Request, welcome: str = "Hello"):
    return templates.TemplateResponse("dashboard.html", {"request": request, "welcome": welcome})
