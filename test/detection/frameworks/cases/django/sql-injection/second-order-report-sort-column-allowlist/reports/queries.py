from django.db import connection

SORTABLE = {
    "region": "region",
    "product": "product",
    "total": "total DESC",
    "created": "created DESC",
}


def sales_rows(report):
    order = SORTABLE.get(report.sort_column, "created DESC")
    sql = (
        "SELECT region, product, SUM(amount) AS total, MAX(created) AS created "
        "FROM sales_sale WHERE owner_id = %s GROUP BY region, product "
        f"ORDER BY {order}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [report.owner_id])
        return cursor.fetchall()
