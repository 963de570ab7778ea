from flask import Flask, render_template, request

from catalog import products_page

app = Flask(__name__)


@app.get("/products")
def products():
    start = request.args.get("page", "1")
    items = products_page(start)
    return render_template("products.html", items=items, start=start)
