from argon2 import PasswordHasher
from sqlalchemy import text
from sqlalchemy.engine import Connection

_hasher = PasswordHasher()


def update_password(conn: Connection, user_id: int, new_password: str) -> None:
    digest = _hasher.hash(new_password)
    conn.execute(text("UPDATE users SET password = :pw WHERE id = :id"), {"pw": digest, "id": user_id})
    conn.commit()
