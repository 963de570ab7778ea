import secrets

SESSIONS: dict[str, dict] = {}


def get_or_create(sid: str | None) -> tuple[str, dict]:
    if sid and sid in SESSIONS:
        return sid, SESSIONS[sid]
    sid = sid or secrets.token_urlsafe(24)
    SESSIONS[sid] = {}
    return sid, SESSIONS[sid]
