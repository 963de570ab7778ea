from markupsafe import escape


def greet(name="friend"):
    return f"<html><body><h1>Hello {escape(name)}!</h1></body></html>", 200, {"Content-Type": "text/html"}
