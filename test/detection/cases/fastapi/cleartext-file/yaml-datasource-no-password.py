import yaml
from fastapi import Depends, FastAPI
from pydantic import BaseModel

from .auth import require_admin
from .vault import write_secret

app = FastAPI()


class Datasource(BaseModel):
    name: str
    host: str
    user: str
    password: str


@app.put("/datasources/{name}")
def save_datasource(name: str, ds: Datasource, admin=Depends(require_admin)):
    path = write_secret(f"reports/{ds.name}", {"password": ds.password})
    doc = ds.model_dump(exclude={"password"}) | {"password_vault_path": path}
    with open(f"/etc/reports/datasources/{ds.name.replace('/', '_')}.yaml", "w") as fh:
        yaml.safe_dump(doc, fh)
    return {"saved": ds.name}
