from fastapi import FastAPI

from .handlers import unhandled
from .search import run_search

app = FastAPI()
app.add_exception_handler(Exception, unhandled)


@app.get("/search")
def search(q: str):
    return run_search(q)
