# Bottle: acts that are no ORM write still change things: a system command, an imported job named
# for what it does, a device's factory reset (no password reset), and a POST beside a GET of the
# same path that requires a login (the caller's API tokens, not a login endpoint).
import hmac
import os
import subprocess

from bottle import auth_basic, get, post, request

from fleet import commands
from jobs import run_backup
from tokens import repo


def check_ops(user, password):
    return hmac.compare_digest(user or "", "ops") and hmac.compare_digest(password or "", os.environ["OPS_PASSWORD"])


@get("/services")
@auth_basic(check_ops)
def services():
    return {"units": []}


@post("/services/worker/restart")
def restart_worker():  # expect: PY-AUTH-UNAUTHENTICATED-WRITE
    subprocess.run(["systemctl", "restart", "app-worker.service"], check=True)


@post("/jobs/backup")
def start_backup():  # expect: PY-AUTH-UNAUTHENTICATED-WRITE
    return {"job": run_backup(target=request.json.get("target", "default")).id}


@post("/devices/<device_id:int>/factory-reset")
def factory_reset(device_id):  # expect: PY-AUTH-UNAUTHENTICATED-WRITE
    commands.enqueue(device_id, "factory-reset")


@get("/tokens")
@auth_basic(check_ops)
def list_tokens():
    return {"tokens": repo.all()}


@post("/tokens")
def create_token():  # expect: PY-AUTH-UNAUTHENTICATED-WRITE
    return {"token": repo.issue(request.json["user_id"]).secret}


@post("/password/reset")
def reset_password():  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    commands.enqueue(request.json["email"], "send-reset-mail")
