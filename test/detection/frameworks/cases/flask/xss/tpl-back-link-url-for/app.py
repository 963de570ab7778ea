from flask import Flask, render_template, request, url_for
from flask_login import current_user, login_required

from orders import find_order

app = Flask(__name__)


@app.get("/orders/<int:order_id>")
@login_required
def order_detail(order_id):
    order = find_order(current_user.id, order_id)
    back = url_for("order_search", q=request.args.get("q", ""), page=request.args.get("page", 1, type=int))
    return render_template("order.html", order=order, back=back)


@app.get("/orders")
@login_required
def order_search():
    return render_template("search.html")
