from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def set_preferences(request):
    currency = request.data.get("currency", "EUR")
    request.session["currency"] = currency
    request.session["show_vat"] = bool(request.data.get("show_vat"))
    return Response({"currency": currency})
