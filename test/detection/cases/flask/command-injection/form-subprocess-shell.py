import subprocess

from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/admin/dns", methods=["GET", "POST"])
def dns_lookup():
    output = ""
    if request.method == "POST":
        domain = request.form["domain"]
        output = subprocess.check_output(f"dig +short {domain}", shell=True, text=True, timeout=10)
    return render_template("dns.html", output=output)
