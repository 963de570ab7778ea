from django.db import connection


def sales_rows(report):
    sql = (
        "SELECT region, product, SUM(amount) AS total, MAX(created) AS created "
        "FROM sales_sale WHERE owner_id = %s GROUP BY region, product "
        f"ORDER BY {report.sort_column}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [report.owner_id])
        return cursor.fetchall()
