from enum import Enum

import httpx
from fastapi import FastAPI

app = FastAPI()


class Region(str, Enum):
    eu = "eu"
    us = "us"
    ap = "ap"


@app.get("/carrier/ping/{region}")
async def ping_carrier(region: Region):
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(f"https://{region.value}.carrier.example/health")
    return {"region": region.value, "status": r.status_code}
