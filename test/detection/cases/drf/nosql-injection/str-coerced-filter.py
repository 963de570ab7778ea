from django.conf import settings
from pymongo import MongoClient
from rest_framework.decorators import api_view
from rest_framework.response import Response

carts = MongoClient(settings.MONGO_URL).shop.carts


@api_view(["POST"])
def find_cart(request):
    owner = str(request.data.get("owner", ""))
    token = str(request.data.get("token", ""))
    cart = carts.find_one({"owner": owner, "token": token}, {"_id": 0})
    return Response(cart or {})
