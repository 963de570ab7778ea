from rest_framework.authtoken.models import Token

from .models import Device


def token_for_device(serial: str, pin: str) -> str:
    device = Device.objects.select_related("owner").get(serial=serial)
    token, _ = Token.objects.get_or_create(user=device.owner)
    return token.key
