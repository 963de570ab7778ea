import os
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PROJECTS = "/srv/projects"


def make_archiver(fmt):
    def archive():
        folder = request.form["folder"]
        if folder not in os.listdir(PROJECTS):
            abort(404)
        subprocess.run(["tar", "-caf", f"/srv/archives/{folder}.{fmt}", "-C", PROJECTS, "--", folder], check=True)
        return jsonify({"archive": f"{folder}.{fmt}"})

    archive.__name__ = f"archive_{fmt.replace('.', '_')}"
    return archive


for fmt in ("tar.gz", "tar.xz"):
    app.add_url_rule(f"/archive/{fmt}", view_func=make_archiver(fmt), methods=["POST"])
