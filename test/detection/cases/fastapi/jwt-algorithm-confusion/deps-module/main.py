from fastapi import Depends, FastAPI

from .security import verify

app = FastAPI()


@app.get("/reports")
def reports(claims: dict = Depends(verify)):
    return {"tenant": claims["tenant"], "reports": []}
