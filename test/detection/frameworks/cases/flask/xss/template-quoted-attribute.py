from flask import Flask, render_template_string, request

app = Flask(__name__)
PAGE = '<body class="{{ theme }}"><h1>Settings</h1></body>'


@app.get("/settings")
def settings():
    return render_template_string(PAGE, theme=request.args.get("theme", "light"))
