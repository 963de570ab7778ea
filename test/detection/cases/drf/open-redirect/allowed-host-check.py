from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from rest_framework.decorators import api_view


@api_view(["GET"])
def after_payment(request):
    target = request.query_params.get("next", "/orders/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts=set(settings.ALLOWED_HOSTS)):
        target = "/orders/"
    return HttpResponseRedirect(target)
