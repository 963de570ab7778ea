import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)
conn = psycopg2.connect("dbname=events")


@app.post("/events/batch")
def ingest_batch():
    events = request.get_json()["events"]
    values = ", ".join(f"('{e['name']}', '{e['source']}', now())" for e in events)
    with conn, conn.cursor() as cur:
        cur.execute(f"INSERT INTO events (name, source, received_at) VALUES {values}")
    return jsonify({"stored": len(events)}), 201
