from fastapi import Depends, FastAPI, Request
from strawberry.fastapi import GraphQLRouter

from community.sessions import user_from_request
from schema import schema


async def get_context(request: Request, user=Depends(user_from_request)):
    return {"request": request, "user": user}


app = FastAPI()
app.include_router(GraphQLRouter(schema, context_getter=get_context), prefix="/graphql")
