import yaml
from bottle import Bottle, request

from storage import save_settings

app = Bottle()


@app.post("/settings/import")
def import_settings():
    upload = request.files.get("settings")
    data = yaml.load(upload.file, Loader=yaml.UnsafeLoader)
    save_settings(data)
    return {"imported": len(data)}
