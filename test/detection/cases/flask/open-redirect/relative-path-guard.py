from flask import Flask, abort, redirect, request

app = Flask(__name__)
SAFE_TARGETS = ("/", "/cart", "/account", "/orders")


@app.get("/continue")
def continue_to():
    target = request.args.get("to", "/")
    if target not in SAFE_TARGETS:
        abort(400)
    return redirect(target)
