from fastapi import FastAPI

from .probes import fetch_status

app = FastAPI()
UPSTREAMS = ["https://payments.internal.example/health", "https://search.internal.example/health"]


@app.get("/status")
def status():
    return [fetch_status(url) for url in UPSTREAMS]
