from django.contrib.auth import authenticate
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response


class AuthViewSet(viewsets.ViewSet):
    permission_classes = [AllowAny]

    @action(detail=False, methods=["post"])
    def login(self, request):
        user = authenticate(request, email=request.data.get("email"), password=request.data.get("password"))
        if user is None:
            return Response({"detail": "invalid"}, status=401)
        request.session.flush()
        request.session["_account"] = user.pk
        request.session["_account_role"] = user.role
        return Response({"id": user.pk, "role": user.role})
