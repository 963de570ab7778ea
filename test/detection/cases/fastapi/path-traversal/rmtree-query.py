import shutil
from pathlib import Path

from fastapi import FastAPI

app = FastAPI()
SCRATCH = Path("/var/lib/inventory/scratch")


@app.delete("/scratch")
def clear_scratch(batch: str):
    target = SCRATCH / batch
    shutil.rmtree(target, ignore_errors=True)
    return {"cleared": str(target)}
