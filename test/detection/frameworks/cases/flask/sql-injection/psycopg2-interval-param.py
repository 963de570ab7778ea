import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)
conn = psycopg2.connect("dbname=metrics")


@app.get("/metrics/recent")
def recent_metrics():
    window = request.args.get("window", "1 hour")
    with conn.cursor() as cur:
        cur.execute("SELECT name, avg(value) FROM samples WHERE taken_at > now() - %s::interval GROUP BY name", (window,))
        return jsonify(dict(cur.fetchall()))
