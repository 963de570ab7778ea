from flask import Flask, render_template_string, request

app = Flask(__name__)
CARD = '<p>{{ name }}</p><a href="{{ website }}">Website</a>'


@app.post("/profile/preview")
def preview():
    return render_template_string(CARD, name=request.form["name"], website=request.form["website"])
