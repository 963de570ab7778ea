from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment(autoescape=True)


@app.post("/admin/email-template/preview")
def preview():
    source = request.form.get("template", "")
    return env.from_string(source).render(order={"id": 1001, "total": "42.00"})
