from typing import Literal

from pydantic import BaseModel


class ListOrders(BaseModel):
    status: str = "open"
    sort: Literal["created_at", "total", "id"] = "created_at"
