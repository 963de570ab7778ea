import functools
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

handler = functools.partial(SimpleHTTPRequestHandler, directory="/srv/public")

if __name__ == "__main__":
    ThreadingHTTPServer(("", 8000), handler).serve_forever()
