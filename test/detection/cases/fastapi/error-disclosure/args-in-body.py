import asyncpg
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel

app = FastAPI()


class Booking(BaseModel):
    room: int
    day: str


@app.post("/bookings")
async def book(b: Booking):
    conn = await asyncpg.connect("postgresql://app@db/rooms")
    try:
        await conn.execute("INSERT INTO bookings (room, day) VALUES ($1, $2)", b.room, b.day)
    except asyncpg.PostgresError as err:
        return JSONResponse({"error": err.args[0] if err.args else "db", "sqlstate": err.sqlstate}, status_code=409)
    finally:
        await conn.close()
    return {"booked": True}
