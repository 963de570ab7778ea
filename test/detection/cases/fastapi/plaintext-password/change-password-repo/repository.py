from sqlalchemy import text
from sqlalchemy.engine import Connection


def update_password(conn: Connection, user_id: int, new_password: str) -> None:
    conn.execute(text("UPDATE users SET password = :pw WHERE id = :id"), {"pw": new_password, "id": user_id})
    conn.commit()
