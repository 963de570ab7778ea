from django.http import JsonResponse
from django.shortcuts import render


def search(request):
    query = request.GET.get("q", "")
    if request.headers.get("Accept") == "application/json":
        return JsonResponse({"query": query, "results": []})
    return render(request, "catalog/search.html", {"query": query, "results": []})
