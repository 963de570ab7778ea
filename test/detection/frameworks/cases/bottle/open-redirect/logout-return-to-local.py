from urllib.parse import urlsplit

from bottle import Bottle, redirect, request, response

app = Bottle()


@app.get("/logout")
def logout():
    response.delete_cookie("sid", path="/")
    target = request.query.return_to or "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    redirect(target)
