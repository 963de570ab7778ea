import sqlite3


class TicketView:
    @staticmethod
    def search(assignee=None):
        sql = "SELECT id, title FROM tickets"
        if assignee:
            sql += " WHERE assignee = '%s'" % assignee
        return [{"id": i, "title": t} for i, t in sqlite3.connect("tickets.db").execute(sql).fetchall()]
