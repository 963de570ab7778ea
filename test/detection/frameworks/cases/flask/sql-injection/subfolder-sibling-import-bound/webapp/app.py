from flask import Flask, jsonify

from storage import find_by_tag

app = Flask(__name__)


@app.get("/photos/tag/<tag>")
def photos_by_tag(tag):
    return jsonify(find_by_tag(tag))


if __name__ == "__main__":
    app.run()
