from fastapi import FastAPI, Header
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/whoami", response_class=HTMLResponse)
def whoami(user_agent: str = Header(default="")):
    return f"<html><body><p>Your browser: {user_agent}</p></body></html>"
