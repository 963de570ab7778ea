from django.db import connection


class SalesReport:
    def __init__(self, region, currency="EUR"):
        self.region = region
        self.currency = currency

    def _where(self):
        return "WHERE o.region = '%s' AND o.currency = '%s'" % (self.region, self.currency)

    def rows(self):
        sql = "SELECT o.day, SUM(o.total_cents) FROM report_daily o " + self._where() + " GROUP BY o.day"
        with connection.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall()
