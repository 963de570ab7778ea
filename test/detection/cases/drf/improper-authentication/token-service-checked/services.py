import hmac

from rest_framework.authtoken.models import Token
from rest_framework.exceptions import AuthenticationFailed

from .models import Device


def token_for_device(serial: str, pin: str) -> str:
    device = Device.objects.select_related("owner").filter(serial=serial).first()
    if device is None or not device.check_pin(pin):
        raise AuthenticationFailed("unknown device or wrong PIN")
    token, _ = Token.objects.get_or_create(user=device.owner)
    return token.key
