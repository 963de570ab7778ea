from fastapi import FastAPI

from .shell import run_quoted

app = FastAPI()


@app.get("/admin/grep-logs")
def grep_logs(term: str):
    proc = run_quoted("grep", "-F", "--", term, "/var/log/inventory/app.log")
    return {"lines": proc.stdout.splitlines()[-100:]}
