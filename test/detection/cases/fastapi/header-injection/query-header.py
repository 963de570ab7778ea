from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/labels/{label_id}")
def label(label_id: int, response: Response, download_name: str = "label"):
    response.headers["Content-Disposition"] = f'attachment; filename="{download_name}.pdf"'
    return {"label": label_id}
