import shlex
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/admin/tool")
def run_tool(tool: str = "uptime", args: str = ""):
    proc = subprocess.run([tool, *shlex.split(args)], capture_output=True, text=True, timeout=10)
    return {"tool": tool, "output": proc.stdout}
