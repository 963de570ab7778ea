from fastapi import FastAPI, File, UploadFile

app = FastAPI()
INBOX = "/var/lib/inventory/inbox/"


@app.post("/inbox")
async def receive(file: UploadFile = File(...)):
    data = await file.read()
    with open(INBOX + file.filename, "wb") as out:
        out.write(data)
    return {"stored": file.filename, "bytes": len(data)}
