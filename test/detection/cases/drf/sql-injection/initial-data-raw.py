from rest_framework import generics
from rest_framework.response import Response

from .models import Address
from .serializers import AddressSerializer


class AddressCreate(generics.CreateAPIView):
    serializer_class = AddressSerializer

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        postcode = serializer.initial_data.get("postcode", "")
        existing = list(Address.objects.raw("SELECT * FROM accounts_address WHERE postcode = '" + postcode + "'"))
        if existing:
            return Response(AddressSerializer(existing[0]).data)
        serializer.is_valid(raise_exception=True)
        serializer.save(owner=request.user)
        return Response(serializer.data, status=201)
