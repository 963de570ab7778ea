from django.shortcuts import render
from django.utils.safestring import mark_safe


def search(request):
    query = request.GET.get("q", "")
    results = [] if not query else [{"title": "Result", "url": "/r/1"}]
    heading = mark_safe(f'<h2 class="results">Results for <em>{query}</em></h2>')
    return render(request, "search.html", {"query": query, "results": results, "heading": heading})
