from flask import render_template


def preview(body):
    html = render_template("invoice.html", customer=body.get("customer", ""), note=body.get("note", ""), lines=[], total="0.00")
    return {"html": html}
