from rest_framework import serializers

from .models import OAuthClient


class OAuthClientSerializer(serializers.ModelSerializer):
    client_secret = serializers.CharField(write_only=True, required=False)

    class Meta:
        model = OAuthClient
        fields = ["id", "name", "client_id", "client_secret", "redirect_uris"]
