from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/tags")
def tags(q: str = ""):
    items = ["<li>%s</li>" % t.strip() for t in q.split(",") if t.strip()]
    return HTMLResponse("<ul>" + "".join(items) + "</ul>")
