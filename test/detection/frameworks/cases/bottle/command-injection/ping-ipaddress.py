import ipaddress
import subprocess

from bottle import Bottle, abort, request, response

app = Bottle()


@app.get("/tools/ping")
def ping():
    try:
        host = str(ipaddress.ip_address(request.query.host or "127.0.0.1"))
    except ValueError:
        abort(400, "not an IP address")
    result = subprocess.run(["ping", "-c", "2", "-W", "1", host], capture_output=True, text=True, timeout=10)
    response.content_type = "text/plain"
    return result.stdout
