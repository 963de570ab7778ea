from rest_framework import generics, permissions

from .serializers import CustomerSerializer


class MyCustomerRecord(generics.RetrieveAPIView):
    serializer_class = CustomerSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return self.request.user.customer
