from django.conf import settings
from django.shortcuts import render

from helpdesk.models import Article


def search(request):
    query = request.GET.get("q", "")
    results = Article.objects.filter(title__icontains=query)[:20]
    context = {
        "query": query,
        "results": results,
        "help_html": settings.HELPDESK_SEARCH_HELP_HTML,
    }
    return render(request, "helpdesk/search.html", context)
