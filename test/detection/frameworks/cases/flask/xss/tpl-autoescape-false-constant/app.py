from flask import Flask, render_template, request

app = Flask(__name__)

MAINTENANCE_BANNER = "<strong>Scheduled maintenance</strong> on Sunday 02:00&ndash;04:00 UTC."


@app.get("/welcome")
def welcome():
    return render_template(
        "welcome.html",
        banner=MAINTENANCE_BANNER,
        greeting=request.args.get("greeting", "Welcome back"),
    )
