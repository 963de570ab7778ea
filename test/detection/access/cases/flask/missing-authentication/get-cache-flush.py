from flask import Flask, jsonify, render_template
from flask_login import login_required

from extensions import cache

app = Flask(__name__)


@app.get("/dashboard")
@login_required
def dashboard():
    return render_template("dashboard.html")


@app.get("/maintenance/flush-cache")
def flush_cache():
    cache.clear()
    return jsonify({"flushed": True})
