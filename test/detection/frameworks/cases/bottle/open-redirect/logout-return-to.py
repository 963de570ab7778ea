from bottle import Bottle, redirect, request, response

app = Bottle()


@app.get("/logout")
def logout():
    response.delete_cookie("sid", path="/")
    redirect(request.query.return_to or "/")
