import threading

from flask import Flask, render_template

from export_server import serve_exports

app = Flask(__name__)


@app.get("/")
def index():
    return render_template("index.html")


def start_export_server():
    thread = threading.Thread(target=serve_exports, kwargs={"port": 8081}, daemon=True)
    thread.start()


if __name__ == "__main__":
    start_export_server()
    app.run(port=8080)
