from django.contrib.auth.models import User
from rest_framework import generics, serializers


class SignupSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["username", "email", "password"]
        extra_kwargs = {"password": {"write_only": True}}

    def create(self, validated_data):
        return User.objects.create(**validated_data)


class SignupView(generics.CreateAPIView):
    serializer_class = SignupSerializer
    permission_classes = []
