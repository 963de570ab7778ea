from flask import Flask, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


def format_signature(text):
    lines = [escape(line) for line in text.splitlines()]
    return Markup("<br>").join(lines)


@app.post("/profile/signature/preview")
def signature_preview():
    signature = format_signature(request.form.get("signature", ""))
    return render_template("signature.html", signature=signature)
