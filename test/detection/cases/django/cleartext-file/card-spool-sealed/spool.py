import json
import uuid
from pathlib import Path

from cryptography.fernet import Fernet
from django.conf import settings

SPOOL = Path("/var/spool/payments")


def spool_payment(card_number: str, expiry: str, amount: int) -> str:
    job = uuid.uuid4().hex
    sealed = Fernet(settings.SPOOL_KEY).encrypt(json.dumps({"card": card_number, "expiry": expiry}).encode())
    (SPOOL / f"{job}.bin").write_bytes(sealed)
    (SPOOL / f"{job}.meta").write_text(json.dumps({"amount": amount}))
    return job
