import subprocess

from fastapi import FastAPI

app = FastAPI()
USE_SHELL = 60 * 60 < 100


@app.get("/admin/ping")
def ping(host: str):
    if USE_SHELL:
        out = subprocess.run("ping -c 1 " + host, shell=True, capture_output=True, text=True).stdout
    else:
        out = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True, text=True).stdout
    return {"output": out}
