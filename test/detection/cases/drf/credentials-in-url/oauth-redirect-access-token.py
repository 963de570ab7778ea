from urllib.parse import urlencode

from django.shortcuts import redirect
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated

from .models import AccessGrant, Client


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def approve(request):
    client = Client.objects.get(client_id=request.data["client_id"])
    grant = AccessGrant.objects.issue(user=request.user, client=client)
    query = urlencode({"access_token": grant.token, "state": request.data.get("state", "")})
    return redirect(f"{client.redirect_uri}?{query}")
