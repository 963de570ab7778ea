from flask import Flask, render_template_string, request

app = Flask(__name__)

GREETING = """
<!doctype html>
<title>Hello</title>
<h1>Hello {{ name }}!</h1>
<p>Your basket has {{ count }} items.</p>
"""


@app.route("/hello")
def hello():
    name = request.args.get("name", "stranger")
    return render_template_string(GREETING, name=name, count=3)
