from fastapi import FastAPI, Response

from .store import list_events

app = FastAPI()


@app.get("/events")
def events(response: Response, cursor: str = "", limit: int = 50):
    page, next_cursor = list_events(after=cursor, limit=limit)
    if next_cursor:
        response.headers["Link"] = f'</events?cursor={next_cursor}&limit={limit}>; rel="next"'
    response.headers["X-Cursor"] = cursor
    return page
