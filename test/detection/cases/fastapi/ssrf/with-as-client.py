import httpx
from fastapi import FastAPI

app = FastAPI()


class Probe:
    def __init__(self, target):
        self.target = target

    def __enter__(self):
        return self.target.strip()

    def __exit__(self, *exc):
        return False


@app.get("/probe")
def probe(target: str):
    with Probe(target) as url, httpx.Client(timeout=5) as client:
        r = client.get(url)
    return {"status": r.status_code}
