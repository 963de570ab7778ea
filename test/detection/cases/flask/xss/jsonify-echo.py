from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/echo")
def echo():
    q = request.args.get("q", "")
    return jsonify({"q": q, "html": f"<em>{q}</em>"})
