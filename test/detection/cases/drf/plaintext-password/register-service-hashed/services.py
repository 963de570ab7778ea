from django.contrib.auth.hashers import make_password
from django.db import connection


def create_account(email: str, password: str) -> int:
    with connection.cursor() as cur:
        cur.execute(
            "INSERT INTO billing_account (email, password, active) VALUES (%s, %s, TRUE) RETURNING id",
            [email, make_password(password)],
        )
        return cur.fetchone()[0]
