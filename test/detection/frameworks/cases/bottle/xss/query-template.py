from bottle import Bottle, request, template

app = Bottle()


@app.get("/search")
def search():
    return template("<h1>Results for {{q}}</h1>", q=request.query.q)
