import subprocess
from enum import Enum

from fastapi import FastAPI

app = FastAPI()


class Queue(str, Enum):
    picking = "picking"
    packing = "packing"
    returns = "returns"


@app.post("/admin/queues/{queue}/drain")
def drain(queue: Queue):
    subprocess.run(f"celery -A inventory purge -Q {queue.value} -f", shell=True, check=True, timeout=60)
    return {"drained": queue.value}
