import secrets

SESSIONS: dict[str, dict] = {}


def start_fresh(old_sid: str | None) -> tuple[str, dict]:
    if old_sid:
        SESSIONS.pop(old_sid, None)
    sid = secrets.token_urlsafe(24)
    SESSIONS[sid] = {}
    return sid, SESSIONS[sid]
