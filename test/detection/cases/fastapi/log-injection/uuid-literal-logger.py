import logging
from typing import Literal
from uuid import UUID

from fastapi import FastAPI

app = FastAPI()
audit = logging.getLogger("inventory.audit")


@app.post("/transfers/{transfer_id}/{action}")
def transfer_action(transfer_id: UUID, action: Literal["approve", "reject"]):
    audit.info("transfer %s %s", transfer_id, action)
    return {"transfer": str(transfer_id), "action": action}
