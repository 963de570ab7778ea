from bottle import Bottle, redirect, request

from auth import check

app = Bottle()


@app.post("/login")
def login():
    if check(request.forms.get("user"), request.forms.get("password")):
        redirect(request.query.get("next", "/"))
    redirect("/login?failed=1")
