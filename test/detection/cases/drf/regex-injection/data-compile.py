import re

from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Customer


@api_view(["POST"])
def test_email_rule(request):
    rule = re.compile(request.data["pattern"])
    emails = Customer.objects.values_list("email", flat=True)[:1000]
    return Response({"matching": sum(1 for e in emails if rule.fullmatch(e))})
