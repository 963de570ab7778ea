def application(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if path == "/":
        start_response("200 OK", [("Content-Type", "text/html")])
        return [b"<h1>Home</h1>"]
    start_response("404 Not Found", [("Content-Type", "text/html")])
    return [("<h1>404</h1><p>%s was not found on this server.</p>" % path).encode("utf-8")]
