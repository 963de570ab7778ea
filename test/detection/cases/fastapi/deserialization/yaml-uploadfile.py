import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/import/locations")
async def import_locations(file: UploadFile):
    content = await file.read()
    locations = yaml.load(content, Loader=yaml.Loader)
    return {"count": len(locations)}
