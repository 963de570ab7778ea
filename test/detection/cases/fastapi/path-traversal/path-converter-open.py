import os

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
DOCS = "/var/lib/inventory/docs"


@app.get("/docs-files/{file_path:path}", response_class=PlainTextResponse)
def read_doc(file_path: str):
    with open(os.path.join(DOCS, file_path), encoding="utf-8") as fh:
        return fh.read()
