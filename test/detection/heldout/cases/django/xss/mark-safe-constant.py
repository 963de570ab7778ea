from django.shortcuts import render
from django.utils.safestring import mark_safe

DIVIDER = mark_safe('<hr class="divider" aria-hidden="true">')


def search(request):
    query = request.GET.get("q", "")
    results = [] if not query else [{"title": "Result", "url": "/r/1"}]
    return render(request, "search.html", {"query": query, "results": results, "divider": DIVIDER})
