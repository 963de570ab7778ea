import json

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/internal/snapshot")
async def load_snapshot(request: Request):
    snapshot = json.loads(await request.body())
    return {"items": len(snapshot.get("items", []))}
