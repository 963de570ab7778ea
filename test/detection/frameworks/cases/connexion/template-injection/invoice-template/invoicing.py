from flask import render_template_string


def preview(body):
    html = render_template_string(body["template"], customer=body.get("customer", ""), lines=[], total="0.00")
    return {"html": html}
