from bottle import Bottle, html_escape, request

app = Bottle()


@app.get("/")
def home():
    nickname = request.get_cookie("nickname") or "guest"
    return "<!doctype html><h1>Welcome back, " + html_escape(nickname) + "</h1><a href='/shop'>Shop</a>"
