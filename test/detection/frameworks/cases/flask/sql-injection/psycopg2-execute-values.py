import psycopg2
from flask import Flask, jsonify, request
from psycopg2.extras import execute_values

app = Flask(__name__)
conn = psycopg2.connect("dbname=events")


@app.post("/events/batch")
def ingest_batch():
    events = request.get_json()["events"]
    rows = [(e["name"], e["source"]) for e in events]
    with conn, conn.cursor() as cur:
        execute_values(cur, "INSERT INTO events (name, source, received_at) VALUES %s", rows, template="(%s, %s, now())")
    return jsonify({"stored": len(rows)}), 201
