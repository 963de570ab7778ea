from flask import Flask, redirect, request, url_for

app = Flask(__name__)
NEXT_PAGES = {"cart": "view_cart", "orders": "list_orders"}


@app.post("/login")
def login():
    endpoint = NEXT_PAGES.get(request.form.get("next", ""), "index")
    return redirect(url_for(endpoint))
