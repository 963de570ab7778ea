from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/unsubscribe/done", response_class=HTMLResponse)
def unsubscribed(email: str = ""):
    return f"<html><body><p>{email} will no longer receive stock alerts.</p></body></html>"
