import yaml
from fastapi import Depends, FastAPI
from pydantic import BaseModel

from .auth import require_admin

app = FastAPI()


class Datasource(BaseModel):
    name: str
    host: str
    user: str
    password: str


@app.put("/datasources/{name}")
def save_datasource(name: str, ds: Datasource, admin=Depends(require_admin)):
    with open(f"/etc/reports/datasources/{ds.name.replace('/', '_')}.yaml", "w") as fh:
        yaml.safe_dump(ds.model_dump(), fh)
    return {"saved": ds.name}
