from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.response import Response

from .models import Counter


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def counter_stats(request):
    return Response({c.name: c.value for c in Counter.objects.all()})


@api_view(["POST"])
@permission_classes([IsAuthenticated, IsAdminUser])
def reset_counters(request):
    updated = Counter.objects.update(value=0)
    return Response({"reset": updated})
