from flask import Flask, jsonify, request

app = Flask(__name__)

MIN_LENGTH = 12


@app.post("/password/check")
def check_strength():
    password = request.get_json().get("password", "")
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append("too short")
    if password.lower() == password:
        problems.append("needs an upper-case letter")
    if password == request.get_json().get("username"):
        problems.append("must differ from the username")
    return jsonify(ok=not problems, problems=problems)
