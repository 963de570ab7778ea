from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/banner")
def banner():
    title, detail = "Scheduled maintenance", request.args.get("detail", "")
    resp = make_response(f"<div class='banner'><b>{title}</b> {detail}</div>")
    resp.headers["X-Banner-Detail-Length"] = str(len(detail))
    return resp
