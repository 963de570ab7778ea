from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from .models import Team


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def join_team(request, slug):
    team = Team.objects.get(slug=slug)
    if request.data.get("invite_secret") == team.invite_secret:
        team.members.add(request.user)
        return Response({"joined": team.slug})
    return Response({"error": "wrong invite"}, status=status.HTTP_403_FORBIDDEN)
