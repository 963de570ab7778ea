import sqlite3

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

DB_PATH = "library.db"


async def search_books(request: Request) -> JSONResponse:
    term = request.query_params.get("q", "")
    conn = sqlite3.connect(DB_PATH)
    try:
        rows = conn.execute(
            f"SELECT id, title, author FROM books WHERE title LIKE '%{term}%' ORDER BY title"
        ).fetchall()
    finally:
        conn.close()
    return JSONResponse([{"id": r[0], "title": r[1], "author": r[2]} for r in rows])


app = Starlette(routes=[Route("/books/search", search_books)])
