from flask import Flask, abort, current_app, jsonify, request

app = Flask(__name__)
app.config.from_envvar("APP_SETTINGS")


@app.get("/admin/flush-cache")
def flush_cache():
    if request.args.get("key") != current_app.config["ADMIN_KEY"]:
        abort(403)
    current_app.extensions["cache"].clear()
    return jsonify(flushed=True)
