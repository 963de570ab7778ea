import secrets
from pathlib import Path

CODES_DIR = Path("/srv/app/mfa")


def new_backup_codes(user_id: int) -> list[str]:
    codes = [secrets.token_hex(5) for _ in range(10)]
    (CODES_DIR / f"{user_id}.txt").write_text("\n".join(codes))
    return codes
