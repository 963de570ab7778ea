import os

from fastapi import FastAPI, HTTPException, UploadFile
from werkzeug.utils import secure_filename

app = FastAPI()
INBOX = "/var/lib/inventory/inbox"


@app.post("/inbox")
async def receive(file: UploadFile):
    name = secure_filename(file.filename or "")
    if not name:
        raise HTTPException(400, "invalid file name")
    with open(os.path.join(INBOX, name), "wb") as out:
        out.write(await file.read())
    return {"stored": name}
