from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "stranger")
    template = f"""
    <!doctype html>
    <title>Hello</title>
    <h1>Hello {name}!</h1>
    <p>Your basket has {{{{ count }}}} items.</p>
    """
    return render_template_string(template, count=3)
