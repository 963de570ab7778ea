from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/welcome", response_class=HTMLResponse)
def welcome(name: str = "friend"):
    parts = ("Welcome back", name)
    return f"<h1>{parts[0]}, {parts[1]}</h1><p>Your dashboard is ready.</p>"
