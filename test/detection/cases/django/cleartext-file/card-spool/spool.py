import json
import uuid
from pathlib import Path

SPOOL = Path("/var/spool/payments")


def spool_payment(card_number: str, expiry: str, amount: int) -> str:
    job = uuid.uuid4().hex
    (SPOOL / f"{job}.json").write_text(json.dumps({"card": card_number, "expiry": expiry, "amount": amount}))
    return job
