from pydantic import BaseModel


class ListOrders(BaseModel):
    status: str = "open"
    sort: str = "created_at"
