import logging

from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.delete("/api/items/<int:item_id>")
def delete_item(item_id):
    log.warning("item %d deleted", item_id)
    return jsonify({"deleted": item_id})
