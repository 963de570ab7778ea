from django.db import connection


class SalesReport:
    def __init__(self, region, currency="EUR"):
        self.region = region
        self.currency = currency

    def rows(self):
        sql = (
            "SELECT o.day, SUM(o.total_cents) FROM report_daily o "
            "WHERE o.region = %s AND o.currency = %s GROUP BY o.day"
        )
        with connection.cursor() as cur:
            cur.execute(sql, [self.region, self.currency])
            return cur.fetchall()
