from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["GET"])
def echo_search(request):
    q = request.query_params.get("q", "")
    return Response({"query": q, "message": f"<b>No results for {q}</b>", "results": []})
