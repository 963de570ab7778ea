import psycopg2
import psycopg2.extras

DSN = "dbname=admin user=admin host=localhost"


def users_with_role(role):
    conn = psycopg2.connect(DSN)
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute("SELECT id, email FROM users WHERE role = '%s' ORDER BY id" % role)
            return cur.fetchall()
    finally:
        conn.close()
