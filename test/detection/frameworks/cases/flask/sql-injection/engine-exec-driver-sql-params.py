from flask import Flask, jsonify, request
from sqlalchemy import create_engine

app = Flask(__name__)
engine = create_engine("mysql+pymysql://reports@db/reports")


@app.get("/reports/daily")
def daily():
    day = request.args["day"]
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT channel, SUM(revenue) FROM sales WHERE day = %s GROUP BY channel", (day,)).all()
    return jsonify({c: float(r) for c, r in rows})
