import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/import/locations")
async def import_locations(file: UploadFile):
    locations = yaml.safe_load(await file.read())
    return {"count": len(locations or [])}
