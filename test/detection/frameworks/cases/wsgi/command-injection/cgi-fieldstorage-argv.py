import cgi
import subprocess

PRINTERS = {"office-1", "office-2", "label-printer"}


def application(environ, start_response):
    form = cgi.FieldStorage(fp=environ["wsgi.input"], environ=environ, keep_blank_values=True)
    printer = form.getfirst("printer", "office-1")
    if printer not in PRINTERS:
        start_response("400 Bad Request", [("Content-Type", "text/plain")])
        return [b"unknown printer"]
    job = subprocess.run(["lpstat", "-p", printer], capture_output=True, text=True)
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
    return [job.stdout.encode()]
