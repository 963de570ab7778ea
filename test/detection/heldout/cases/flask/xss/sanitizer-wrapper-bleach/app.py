from flask import Flask, render_template_string, request
from markupsafe import Markup

from text import clean_comment

app = Flask(__name__)

PAGE = "<article>{{ body }}</article>"


@app.post("/comments/preview")
def preview():
    return render_template_string(PAGE, body=Markup(clean_comment(request.form["comment"])))
