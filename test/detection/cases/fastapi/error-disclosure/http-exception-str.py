from fastapi import FastAPI, HTTPException, UploadFile

from .parsing import parse_statement

app = FastAPI()


@app.post("/statements")
async def upload_statement(file: UploadFile):
    try:
        rows = parse_statement(await file.read())
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e))
    return {"rows": len(rows)}
