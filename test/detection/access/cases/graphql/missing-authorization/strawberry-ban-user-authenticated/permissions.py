import typing

from strawberry.permission import BasePermission
from strawberry.types import Info


class IsAuthenticated(BasePermission):
    message = "Sign in first"

    def has_permission(self, source: typing.Any, info: Info, **kwargs) -> bool:
        return info.context["user"] is not None


class IsModerator(BasePermission):
    message = "Moderators only"

    def has_permission(self, source: typing.Any, info: Info, **kwargs) -> bool:
        user = info.context["user"]
        return user is not None and user.role in ("moderator", "admin")
