from pydantic import BaseModel, ConfigDict


class Account(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    totp_secret: str | None
    password_hash: str
