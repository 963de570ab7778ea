from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from jinja2 import Template

app = FastAPI()
SLIP = Template("<h1>Packing slip</h1><p>Note: {{ note | e }}</p>", autoescape=True)


@app.get("/slips/note", response_class=HTMLResponse)
def note(note: str = ""):
    return SLIP.render(note=note)
