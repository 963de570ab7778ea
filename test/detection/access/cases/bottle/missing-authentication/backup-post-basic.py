import hmac
import os

from bottle import auth_basic, get, post, request

from .jobs import queue, run_backup


def check_operator(user, password):
    return user == "operator" and hmac.compare_digest(password, os.environ["OPERATOR_PASSWORD"])


@get("/jobs")
@auth_basic(check_operator)
def list_jobs():
    return {"jobs": queue.snapshot()}


@post("/jobs/backup")
@auth_basic(check_operator)
def start_backup():
    job = run_backup(target=request.json.get("target", "default"))
    return {"job": job.id}
