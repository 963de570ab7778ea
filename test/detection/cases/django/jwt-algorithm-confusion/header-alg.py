import jwt
from django.conf import settings
from django.http import JsonResponse


def partner_callback(request):
    token = request.POST["id_token"]
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(token, settings.PARTNER_PUBLIC_KEY, algorithms=[header["alg"]])
    return JsonResponse({"partner_user": claims["sub"]})
