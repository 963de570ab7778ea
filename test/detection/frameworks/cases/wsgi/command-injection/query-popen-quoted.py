import shlex
import subprocess
from urllib.parse import parse_qs


def application(environ, start_response):
    host = parse_qs(environ["QUERY_STRING"]).get("host", ["localhost"])[0]
    proc = subprocess.Popen("dig +short -- " + shlex.quote(host), shell=True, stdout=subprocess.PIPE)
    out, _ = proc.communicate(timeout=10)
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [out]
