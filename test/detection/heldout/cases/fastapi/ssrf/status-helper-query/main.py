from fastapi import FastAPI

from .probes import fetch_status

app = FastAPI()


@app.get("/status")
def status(upstream: str = "https://payments.internal.example/health"):
    return [fetch_status(upstream)]
