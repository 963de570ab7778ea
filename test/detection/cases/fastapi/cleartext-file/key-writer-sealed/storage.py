import os
from pathlib import Path

from cryptography.fernet import Fernet

VAULT = Path("/var/lib/app/webhooks")
_fernet = Fernet(os.environ["WEBHOOK_SECRETS_KEY"])


def save_signing_secret(hook_id: int, secret: str) -> None:
    path = VAULT / f"{hook_id}.secret"
    path.write_bytes(_fernet.encrypt(secret.encode()))
    path.chmod(0o600)
