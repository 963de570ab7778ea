from rest_framework_simplejwt.serializers import TokenObtainPairSerializer
from rest_framework_simplejwt.views import TokenObtainPairView


class ClaimsTokenSerializer(TokenObtainPairSerializer):
    @classmethod
    def get_token(cls, user):
        token = super().get_token(user)
        token["name"] = user.get_full_name()
        token["is_staff"] = user.is_staff
        return token


class LoginView(TokenObtainPairView):
    serializer_class = ClaimsTokenSerializer
