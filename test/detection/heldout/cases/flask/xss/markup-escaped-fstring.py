from flask import Flask, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    banner = Markup(f"<p class='hint'>No results for <em>{escape(q)}</em></p>")
    return render_template_string("{{ banner }}<form><input name=q></form>", banner=banner)
