from motor.motor_asyncio import AsyncIOMotorClient
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

db = AsyncIOMotorClient("mongodb://localhost:27017").crm


async def find_contacts(request):
    data = await request.json()
    criteria = {"company": str(data.get("company", "")), "owner": str(data.get("owner", ""))}
    cursor = db.contacts.find(criteria, {"_id": 0, "name": 1, "email": 1}).limit(50)
    return JSONResponse([doc async for doc in cursor])


app = Starlette(routes=[Route("/contacts/search", find_contacts, methods=["POST"])])
