from flask import Flask, render_template, request

app = Flask(__name__)


@app.get("/preview")
def preview():
    avatar = request.args.get("avatar", "default.png")
    name = request.args.get("name", "")
    return render_template("card.html", avatar=avatar, name=name)
