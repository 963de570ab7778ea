import hashlib
import secrets
from pathlib import Path

CODES_DIR = Path("/srv/app/mfa")


def new_backup_codes(user_id: int) -> list[str]:
    codes = [secrets.token_hex(5) for _ in range(10)]
    digests = [hashlib.sha256(code.encode()).hexdigest() for code in codes]
    (CODES_DIR / f"{user_id}.txt").write_text("\n".join(digests))
    return codes
