import subprocess

from fastapi import FastAPI

from .shellutil import shell_arg

app = FastAPI()


@app.get("/diagnostics/ping")
def ping(host: str):
    result = subprocess.run(f"ping -c 1 -W 2 {shell_arg(host)}", shell=True, capture_output=True, text=True)
    return {"ok": result.returncode == 0, "output": result.stdout[-500:]}
