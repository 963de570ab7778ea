import secrets
from typing import Optional

import redis

store = redis.Redis.from_url("redis://localhost:6379/2", decode_responses=True)
TTL_SECONDS = 3600


def create(user_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    store.setex(f"sess:{sid}", TTL_SECONDS, user_id)
    return sid


def user_for(sid: str) -> Optional[str]:
    return store.get(f"sess:{sid}")


def destroy(sid: str) -> None:
    store.delete(f"sess:{sid}")
