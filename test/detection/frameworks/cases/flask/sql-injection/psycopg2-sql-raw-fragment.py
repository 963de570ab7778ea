import psycopg2
from flask import Flask, jsonify, request
from psycopg2 import sql

app = Flask(__name__)
conn = psycopg2.connect("dbname=metrics")


@app.get("/metrics/latest")
def latest():
    table = request.args.get("series", "cpu")
    query = sql.SQL("SELECT ts, value FROM series.{} ORDER BY ts DESC LIMIT %s").format(sql.SQL(table))
    with conn.cursor() as cur:
        cur.execute(query, (int(request.args.get("n", 50)),))
        return jsonify([{"ts": ts.isoformat(), "value": v} for ts, v in cur.fetchall()])
