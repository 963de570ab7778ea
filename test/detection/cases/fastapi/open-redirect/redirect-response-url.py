from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/sso/callback")
async def sso_callback(request: Request, code: str, return_to: str = "/"):
    request.state.sso_code = code
    return RedirectResponse(url=return_to, status_code=303)
