import hmac

from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Team


@api_view(["POST"])
def join_team(request, slug):
    team = Team.objects.get(slug=slug)
    secret = request.data.get("invite_secret", "")
    if len(secret) != 32 or secret == "":
        return Response({"error": "malformed invite"}, status=status.HTTP_400_BAD_REQUEST)
    if not hmac.compare_digest(secret, team.invite_secret):
        return Response({"error": "wrong invite"}, status=status.HTTP_403_FORBIDDEN)
    team.members.add(request.user)
    return Response({"joined": team.slug})
