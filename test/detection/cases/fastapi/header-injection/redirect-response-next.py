from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/docs/{section}")
def docs_section(section: str, anchor: str = ""):
    target = f"/handbook/{section}"
    if anchor:
        target += f"#{anchor}"
    return RedirectResponse(target, status_code=302)
