from rest_framework import serializers, viewsets
from rest_framework.permissions import IsAdminUser

from .models import PartnerLogin


class PartnerLoginSerializer(serializers.ModelSerializer):
    password = serializers.CharField(write_only=True)

    class Meta:
        model = PartnerLogin
        fields = ["id", "partner", "login", "password"]

    def update(self, instance, validated_data):
        instance.login = validated_data.get("login", instance.login)
        instance.password = validated_data["password"]
        instance.save()
        return instance


class PartnerLoginViewSet(viewsets.ModelViewSet):
    queryset = PartnerLogin.objects.all()
    serializer_class = PartnerLoginSerializer
    permission_classes = [IsAdminUser]
