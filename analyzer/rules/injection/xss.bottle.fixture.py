from bottle import Bottle, html_escape, request

app = Bottle()


@app.get("/hello")
def hello():
    name = request.query.get("name", "")
    return "<h1>Hello " + name + "</h1>"  # expect: PY-INJ-XSS


@app.get("/welcome")
def welcome():
    # bottle.html_escape turns & < > " ' into entities: text and quoted attributes are safe.
    nickname = request.get_cookie("nickname") or "guest"
    return "<h1>Welcome back, " + html_escape(nickname) + "</h1>"  # ok: PY-INJ-XSS
