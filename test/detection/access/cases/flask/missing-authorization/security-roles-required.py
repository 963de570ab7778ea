from flask import Flask, jsonify, request
from flask_security import auth_required, roles_required

from models import SiteSettings, db

app = Flask(__name__)


@app.put("/admin/site-settings")
@auth_required()
@roles_required("admin")
def update_site_settings():
    settings = SiteSettings.get()
    settings.registration_open = bool(request.json.get("registration_open"))
    settings.smtp_host = request.json.get("smtp_host", settings.smtp_host)
    db.session.commit()
    return jsonify({"ok": True})
