from bottle import Bottle, request

app = Bottle()


@app.get("/calc")
def calc():
    expression = request.query.expr or "0"
    return {"expr": expression, "value": eval(expression, {"__builtins__": {}}, {})}
