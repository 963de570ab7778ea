from fastapi import Depends, FastAPI
from pydantic import BaseModel, Field

from .deps import current_user_id, get_conn
from .repository import update_password

app = FastAPI()


class PasswordChange(BaseModel):
    new_password: str = Field(min_length=12)


@app.put("/me/password", status_code=204)
def change_password(body: PasswordChange, user_id: int = Depends(current_user_id), conn=Depends(get_conn)):
    update_password(conn, user_id, body.new_password)
