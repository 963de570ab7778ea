import os

from fastapi import FastAPI, Query, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])


@app.post("/ui/page-size")
def set_page_size(request: Request, size: int = Query(25, ge=10, le=200)):
    request.session["page_size"] = size
    return {"page_size": size}
