import subprocess

from bottle import Bottle, request, response

app = Bottle()


@app.get("/tools/ping")
def ping():
    host = request.query.host or "127.0.0.1"
    result = subprocess.run(f"ping -c 2 -W 1 {host}", shell=True, capture_output=True, text=True, timeout=10)
    response.content_type = "text/plain"
    return result.stdout
