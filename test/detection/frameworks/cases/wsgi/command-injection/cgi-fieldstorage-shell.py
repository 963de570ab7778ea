import cgi
import subprocess


def application(environ, start_response):
    form = cgi.FieldStorage(fp=environ["wsgi.input"], environ=environ, keep_blank_values=True)
    printer = form.getfirst("printer", "default")
    job = subprocess.run(f"lpstat -p {printer}", shell=True, capture_output=True, text=True)
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
    return [job.stdout.encode()]
