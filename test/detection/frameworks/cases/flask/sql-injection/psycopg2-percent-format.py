import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)
conn = psycopg2.connect("dbname=newsletter")


@app.get("/subscribers/lookup")
def lookup_subscriber():
    email = request.args.get("email", "")
    with conn.cursor() as cur:
        cur.execute("SELECT id, email, confirmed FROM subscribers WHERE email = '%s'" % email)
        row = cur.fetchone()
    return jsonify(dict(zip(("id", "email", "confirmed"), row)) if row else {})
