from typing import Annotated

from fastapi import FastAPI, Header, HTTPException

from .store import delete_project

app = FastAPI()


@app.delete("/projects/{project_id}", status_code=204)
def remove_project(project_id: int, x_scopes: Annotated[str, Header()] = ""):
    if "projects:delete" not in x_scopes.split():
        raise HTTPException(status_code=403, detail="missing scope")
    delete_project(project_id)
