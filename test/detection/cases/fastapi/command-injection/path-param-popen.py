import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/admin/logs/{service}")
def tail_logs(service: str, lines: int = 50):
    stream = os.popen(f"journalctl -u {service} -n {lines} --no-pager")
    output = stream.read()
    stream.close()
    return {"service": service, "log": output.splitlines()}
