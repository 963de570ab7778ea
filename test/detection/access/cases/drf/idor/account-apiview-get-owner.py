from django.shortcuts import get_object_or_404
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import BankAccount
from .serializers import BankAccountSerializer


class AccountDetail(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, pk):
        account = get_object_or_404(BankAccount, pk=pk, holder=request.user)
        return Response(BankAccountSerializer(account).data)
