from fastapi import FastAPI, Request

from headers import apply_content_language
from routers import articles

app = FastAPI(title="Help centre")
app.include_router(articles.router, prefix="/articles")


@app.middleware("http")
async def content_language(request: Request, call_next):
    response = await call_next(request)
    lang = request.query_params.get("hl") or request.cookies.get("hl") or "en"
    apply_content_language(response, lang)
    return response
