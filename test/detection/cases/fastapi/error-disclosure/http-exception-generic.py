import logging

from fastapi import FastAPI, HTTPException, UploadFile

from .parsing import parse_statement

app = FastAPI()
logger = logging.getLogger("statements")


@app.post("/statements")
async def upload_statement(file: UploadFile):
    try:
        rows = parse_statement(await file.read())
    except Exception as e:
        logger.warning("statement parse failed: %s", e)
        raise HTTPException(status_code=422, detail="The statement could not be read.")
    return {"rows": len(rows)}
