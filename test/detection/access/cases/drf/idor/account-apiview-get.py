from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import BankAccount
from .serializers import BankAccountSerializer


class AccountDetail(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, pk):
        account = BankAccount.objects.get(pk=pk)
        return Response(BankAccountSerializer(account).data)
