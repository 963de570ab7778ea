from dataclasses import dataclass
from typing import Optional

import psycopg2.extras
from passlib.hash import argon2


@dataclass
class Staff:
    id: int
    email: str
    password: str


def find_staff(conn, email: str) -> Optional[Staff]:
    with conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
        cur.execute("SELECT id, email, password FROM staff WHERE email = %s", (email,))
        row = cur.fetchone()
    return Staff(**row) if row else None


def credentials_match(staff: Staff, supplied: str) -> bool:
    return argon2.verify(supplied, staff.password)
