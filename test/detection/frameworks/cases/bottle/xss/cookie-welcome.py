from bottle import Bottle, request

app = Bottle()


@app.get("/")
def home():
    nickname = request.get_cookie("nickname") or "guest"
    return "<!doctype html><h1>Welcome back, " + nickname + "</h1><a href='/shop'>Shop</a>"
