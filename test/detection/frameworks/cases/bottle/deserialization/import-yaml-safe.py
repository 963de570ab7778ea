import yaml
from bottle import Bottle, request

from storage import save_settings

app = Bottle()


@app.post("/settings/import")
def import_settings():
    upload = request.files.get("settings")
    data = yaml.safe_load(upload.file)
    save_settings(data)
    return {"imported": len(data)}
