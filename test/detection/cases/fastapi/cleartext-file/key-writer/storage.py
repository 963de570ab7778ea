from pathlib import Path

VAULT = Path("/var/lib/app/webhooks")


def save_signing_secret(hook_id: int, secret: str) -> None:
    path = VAULT / f"{hook_id}.secret"
    path.write_text(secret)
    path.chmod(0o600)
