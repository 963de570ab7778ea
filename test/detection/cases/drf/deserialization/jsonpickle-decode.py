import jsonpickle
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def restore_search(request):
    state = jsonpickle.decode(request.data["state"])
    filters = getattr(state, "filters", {})
    return Response({"filters": filters})
