from fastapi import Depends, FastAPI

from .auth import require_admin
from .backup import archive

app = FastAPI()
DATA_DIR = "/srv/app/data"


@app.post("/admin/backup")
def backup(admin=Depends(require_admin)):
    return {"archive": archive(DATA_DIR)}
