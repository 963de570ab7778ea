from bottle import Bottle, request

app = Bottle()


@app.get("/search")
def search():
    q = request.query.q
    return f"<h1>Results for {q}</h1>"
