from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.post("/cart/add/<int:product_id>")
def add_to_cart(product_id):
    session.setdefault("cart", []).append(product_id)
    session.modified = True
    return redirect(request.headers.get("Referer", "/cart"))
