import hmac
import os
import subprocess

from bottle import auth_basic, post, get, run

OPS_USER = os.environ["OPS_USER"]
OPS_PASSWORD = os.environ["OPS_PASSWORD"]


def check_ops(user, password):
    return hmac.compare_digest(user or "", OPS_USER) and hmac.compare_digest(password or "", OPS_PASSWORD)


@get("/services")
@auth_basic(check_ops)
def services():
    out = subprocess.run(["systemctl", "list-units", "--type=service", "--no-pager"], capture_output=True, text=True)
    return {"units": out.stdout.splitlines()}


@post("/services/worker/restart")
def restart_worker():
    subprocess.run(["systemctl", "restart", "app-worker.service"], check=True)
    return {"restarted": "app-worker"}


if __name__ == "__main__":
    run(host="0.0.0.0", port=9000)
