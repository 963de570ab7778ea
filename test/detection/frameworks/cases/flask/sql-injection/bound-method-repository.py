import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class TicketRepository:
    def __init__(self, path):
        self.path = path

    def by_label(self, label):
        with sqlite3.connect(self.path) as db:
            return db.execute(f"SELECT id, title FROM tickets WHERE label = '{label}'").fetchall()


tickets = TicketRepository("tickets.db")


@app.get("/tickets")
def list_tickets():
    return jsonify(tickets.by_label(request.args.get("label", "bug")))
