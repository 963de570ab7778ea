from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from rest_framework import serializers

from shop.models import CustomerProfile, Product


class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = "__all__"  # expect: PY-AUTHZ-DRF-SERIALIZER-ALL


class AccountSerializer(serializers.HyperlinkedModelSerializer):
    class Meta:
        model = get_user_model()
        fields = "__all__"  # expect: PY-AUTHZ-DRF-SERIALIZER-ALL


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = CustomerProfile
        fields = "__all__"  # expect: PY-AUTHZ-DRF-SERIALIZER-ALL


class ProductSerializer(serializers.ModelSerializer):
    class Meta:
        model = Product
        fields = "__all__"  # ok: PY-AUTHZ-DRF-SERIALIZER-ALL


class PublicUserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "username", "first_name"]  # ok: PY-AUTHZ-DRF-SERIALIZER-ALL
        read_only_fields = ["id"]


class LoginSerializer(serializers.Serializer):
    username = serializers.CharField()
    password = serializers.CharField(write_only=True)

    class Meta:
        fields = "__all__"  # ok: PY-AUTHZ-DRF-SERIALIZER-ALL
