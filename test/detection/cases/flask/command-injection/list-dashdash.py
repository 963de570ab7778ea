import subprocess

from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/admin/dns", methods=["GET", "POST"])
def dns_lookup():
    output = ""
    if request.method == "POST":
        domain = request.form["domain"]
        proc = subprocess.run(["host", "-W", "3", "--", domain], capture_output=True, text=True, timeout=10)
        output = proc.stdout
    return render_template("dns.html", output=output)
