import psycopg2
from flask import Flask, jsonify, request
from psycopg2.extensions import AsIs

app = Flask(__name__)
conn = psycopg2.connect("dbname=metrics")


@app.get("/metrics/recent")
def recent_metrics():
    window = request.args.get("window", "1 hour")
    with conn.cursor() as cur:
        cur.execute("SELECT name, avg(value) FROM samples WHERE taken_at > now() - interval '%s' GROUP BY name", (AsIs(window),))
        return jsonify(dict(cur.fetchall()))
