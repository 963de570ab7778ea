import strawberry
from strawberry.permission import BasePermission
from strawberry.scalars import JSON

from .db import User, session


class IsAuthenticated(BasePermission):
    message = "login required"

    def has_permission(self, source, info, **kwargs):
        return info.context.user is not None


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    def update_profile(self, info: strawberry.Info, data: JSON) -> bool:
        user = session.get(User, info.context.user.id)
        for key, value in data.items():
            setattr(user, key, value)
        session.commit()
        return True


@strawberry.type
class Query:
    ping: str = "pong"


schema = strawberry.Schema(query=Query, mutation=Mutation)
