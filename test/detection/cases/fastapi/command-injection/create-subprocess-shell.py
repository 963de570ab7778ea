import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.get("/admin/disk")
async def disk_usage(mount: str = "/"):
    proc = await asyncio.create_subprocess_shell(
        f"df -h {mount}", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return {"mount": mount, "df": out.decode()}
