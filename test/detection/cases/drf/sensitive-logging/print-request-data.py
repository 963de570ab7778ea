from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .serializers import CardSerializer


@api_view(["POST"])
def add_card(request):
    print("add_card payload:", request.data)
    serializer = CardSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    card = serializer.save(owner=request.user)
    return Response({"id": card.pk, "last4": card.last4}, status=status.HTTP_201_CREATED)
