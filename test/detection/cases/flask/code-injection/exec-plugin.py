from flask import Flask, jsonify, request

app = Flask(__name__)
PLUGINS = {}


@app.post("/admin/plugins")
def install_plugin():
    upload = request.files["plugin"]
    source = upload.read().decode("utf-8")
    namespace = {}
    exec(source, namespace)
    PLUGINS[upload.filename] = namespace.get("handle")
    return jsonify({"installed": upload.filename})
