import strawberry
from sqlalchemy import select
from strawberry.permission import BasePermission

from .db import Message, session


class IsAuthenticated(BasePermission):
    message = "login required"

    def has_permission(self, source, info, **kwargs):
        return info.context.user is not None


@strawberry.type
class MessageType:
    id: int
    subject: str
    body: str


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated])
    def message(self, info: strawberry.Info, id: int) -> MessageType | None:
        row = session.scalars(select(Message).where(Message.id == id, Message.recipient_id == info.context.user.id)).first()
        return MessageType(id=row.id, subject=row.subject, body=row.body) if row else None


schema = strawberry.Schema(query=Query)
