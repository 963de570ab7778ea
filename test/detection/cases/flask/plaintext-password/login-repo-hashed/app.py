import os

import psycopg2
from flask import Flask, jsonify, request, session

from repo import credentials_match, find_staff

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.post("/staff/login")
def staff_login():
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    staff = find_staff(conn, request.form["email"])
    if staff is None or not credentials_match(staff, request.form["password"]):
        return jsonify(error="invalid"), 401
    session.clear()
    session["staff_id"] = staff.id
    return jsonify(ok=True)
