from flask import Blueprint, render_template, request

from tickets.store import list_tickets

bp = Blueprint("tickets", __name__, template_folder="templates")


@bp.get("/tickets")
def tickets():
    sort = request.args.get("sort", "updated")
    return render_template("tickets/list.html", tickets=list_tickets(sort), sort=sort)
