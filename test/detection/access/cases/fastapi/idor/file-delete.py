from fastapi import Depends, FastAPI, Response
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from .auth import current_user
from .db import get_session
from .models import StoredFile

app = FastAPI()


@app.delete("/files/{file_id}", status_code=204)
async def delete_file(file_id: int, user=Depends(current_user), session: AsyncSession = Depends(get_session)):
    await session.execute(delete(StoredFile).where(StoredFile.id == file_id))
    await session.commit()
    return Response(status_code=204)
