from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

app = FastAPI()

ALLOWED_RETURN_PATHS = {"/", "/dashboard", "/items", "/suppliers"}


@app.get("/sso/callback")
async def sso_callback(code: str, return_to: str = "/"):
    if return_to not in ALLOWED_RETURN_PATHS:
        raise HTTPException(status_code=400, detail="invalid return path")
    return RedirectResponse(url=return_to, status_code=303)
