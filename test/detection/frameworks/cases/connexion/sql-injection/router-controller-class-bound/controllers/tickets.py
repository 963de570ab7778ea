import sqlite3


class TicketView:
    @staticmethod
    def search(assignee=None):
        sql, args = "SELECT id, title FROM tickets", ()
        if assignee:
            sql, args = sql + " WHERE assignee = ?", (assignee,)
        return [{"id": i, "title": t} for i, t in sqlite3.connect("tickets.db").execute(sql, args).fetchall()]
