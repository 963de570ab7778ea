from django.db import connection


def report(table, since):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {table} WHERE created > '{since}'")  # hotspot: PY-INJ-SQL-DYNAMIC
        cursor.execute("SELECT count(*) FROM items WHERE created > %s", [since])  # ok: PY-INJ-SQL-DYNAMIC
        sql = "DELETE FROM " + table
        cursor.execute(sql)  # hotspot: PY-INJ-SQL-DYNAMIC
        cursor.execute("SELECT * FROM items WHERE id = %s" % (7,))  # ok: PY-INJ-SQL-DYNAMIC
        cursor.execute("VACUUM")  # ok: PY-INJ-SQL-DYNAMIC


TABLE = "items"


def fixed():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {TABLE}")  # ok: PY-INJ-SQL-DYNAMIC
