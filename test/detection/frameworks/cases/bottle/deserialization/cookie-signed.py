from bottle import Bottle, request

app = Bottle()
SECRET = __import__("os").environ["COOKIE_SECRET"]


@app.get("/prefs")
def prefs():
    return request.get_cookie("prefs", secret=SECRET) or {}
