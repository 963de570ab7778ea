from fastapi import FastAPI, Response

from .headers import header_safe

app = FastAPI()


@app.get("/exports/{export_id}")
def export(export_id: int, response: Response, title: str = "export"):
    response.headers["X-Export-Title"] = header_safe(title)
    return {"export": export_id}
