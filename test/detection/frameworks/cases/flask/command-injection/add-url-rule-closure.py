import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


def make_archiver(fmt):
    def archive():
        folder = request.form["folder"]
        subprocess.run(f"tar -caf /srv/archives/{folder}.{fmt} -C /srv/projects {folder}", shell=True, check=True)
        return jsonify({"archive": f"{folder}.{fmt}"})

    archive.__name__ = f"archive_{fmt.replace('.', '_')}"
    return archive


for fmt in ("tar.gz", "tar.xz"):
    app.add_url_rule(f"/archive/{fmt}", view_func=make_archiver(fmt), methods=["POST"])
