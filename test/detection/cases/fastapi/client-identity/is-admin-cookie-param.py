from fastapi import Cookie, FastAPI, HTTPException

from .store import feature_flags

app = FastAPI()


@app.put("/flags/{name}")
def toggle_flag(name: str, enabled: bool, is_admin: str | None = Cookie(default=None)):
    if is_admin != "yes":
        raise HTTPException(status_code=403, detail="admins only")
    feature_flags[name] = enabled
    return {"name": name, "enabled": enabled}
