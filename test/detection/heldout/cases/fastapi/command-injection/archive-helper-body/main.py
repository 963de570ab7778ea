from fastapi import Depends, FastAPI
from pydantic import BaseModel

from .auth import require_admin
from .backup import archive

app = FastAPI()


class BackupRequest(BaseModel):
    directory: str = "/srv/app/data"


@app.post("/admin/backup")
def backup(body: BackupRequest, admin=Depends(require_admin)):
    return {"archive": archive(body.directory)}
