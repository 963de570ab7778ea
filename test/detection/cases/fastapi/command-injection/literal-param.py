import subprocess
from typing import Literal

from fastapi import FastAPI

app = FastAPI()


@app.post("/admin/restart/{service}")
def restart(service: Literal["inventory-worker", "inventory-api", "nginx"]):
    proc = subprocess.run(
        "systemctl restart " + service, shell=True, capture_output=True, text=True, timeout=60
    )
    return {"service": service, "ok": proc.returncode == 0}
