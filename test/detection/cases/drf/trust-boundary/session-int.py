from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def select_store(request):
    store_id = int(request.data.get("store_id", 1))
    request.session["store_id"] = store_id
    return Response({"store_id": store_id})
