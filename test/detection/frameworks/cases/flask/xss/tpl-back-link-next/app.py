from flask import Flask, render_template, request
from flask_login import current_user, login_required

from orders import find_order

app = Flask(__name__)


@app.get("/orders/<int:order_id>")
@login_required
def order_detail(order_id):
    order = find_order(current_user.id, order_id)
    back = request.args.get("back", "/orders")
    return render_template("order.html", order=order, back=back)
