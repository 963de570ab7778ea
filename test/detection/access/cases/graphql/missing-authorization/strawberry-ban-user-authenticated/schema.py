import strawberry

from community import accounts
from permissions import IsAuthenticated, IsModerator


@strawberry.type
class Member:
    id: strawberry.ID
    handle: str
    banned: bool


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated])
    def me(self, info: strawberry.Info) -> Member:
        user = info.context["user"]
        return Member(id=user.id, handle=user.handle, banned=user.banned)


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    def ban_member(self, info: strawberry.Info, member_id: strawberry.ID, reason: str) -> Member:
        member = accounts.ban(member_id, reason=reason, by=info.context["user"].id)
        return Member(id=member.id, handle=member.handle, banned=True)


schema = strawberry.Schema(query=Query, mutation=Mutation)
