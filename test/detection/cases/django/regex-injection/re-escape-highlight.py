import re

from django.shortcuts import render

from .models import Article


def search_articles(request):
    term = request.GET.get("q", "")
    rx = re.compile(re.escape(term), re.IGNORECASE)
    hits = [a for a in Article.objects.filter(published=True).only("title", "body") if rx.search(a.body)]
    return render(request, "blog/search.html", {"hits": hits, "q": term})
