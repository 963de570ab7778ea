from rest_framework.permissions import BasePermission


class IsSupportAgent(BasePermission):
    message = "Only support agents may impersonate customers."

    def has_permission(self, request, view):
        user = request.user
        return bool(user and user.is_authenticated and user.groups.filter(name="support").exists())
