import requests
from django.conf import settings
from django.http import JsonResponse

CARRIER_API = "https://api.carrier.example/v1/shipments/"


def shipment_status(request):
    shipment_id = int(request.GET.get("shipment", "0"))
    resp = requests.get(
        CARRIER_API + str(shipment_id),
        headers={"Authorization": f"Bearer {settings.CARRIER_TOKEN}"},
        timeout=5,
    )
    return JsonResponse({"shipment": shipment_id, "status": resp.json().get("status")})
