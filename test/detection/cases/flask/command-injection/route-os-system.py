import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.post("/admin/cache/<region>/flush")
def flush_cache(region):
    rc = os.system("redis-cli -n 2 --scan --pattern 'cache:%s:*' | xargs -r redis-cli -n 2 DEL" % region)
    return jsonify({"region": region, "ok": rc == 0})
