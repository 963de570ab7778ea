import json
from pathlib import Path

STORE = Path("/srv/alerts/watchlists")


def save(user_id: int, tags: list[str]) -> None:
    (STORE / f"{user_id}.json").write_text(json.dumps({"tags": tags}))


def load(user_id: int) -> list[str]:
    path = STORE / f"{user_id}.json"
    if not path.exists():
        return []
    return json.loads(path.read_text())["tags"]
