from typing import Optional

from django.contrib.auth.hashers import check_password

from .models import Partner


def verify_partner(code: str, secret: str) -> Optional[Partner]:
    partner = Partner.objects.filter(code=code, active=True).first()
    if partner and check_password(secret, partner.secret_hash):
        return partner
    return None
