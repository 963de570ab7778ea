from fastapi import Cookie, Depends, FastAPI

from .auth import require_admin
from .store import feature_flags

app = FastAPI()
LOCALES = {"en", "de", "fr"}


@app.put("/flags/{name}")
def toggle_flag(name: str, enabled: bool, admin=Depends(require_admin), locale: str | None = Cookie(default=None)):
    feature_flags[name] = enabled
    lang = locale if locale in LOCALES else "en"
    return {"name": name, "enabled": enabled, "message": {"en": "Saved", "de": "Gespeichert", "fr": "Enregistré"}[lang]}
