import re

from django.shortcuts import render

from .models import Article


def search_articles(request):
    term = request.GET.get("q", "")
    hits = []
    for article in Article.objects.filter(published=True).only("title", "body"):
        if re.search(term, article.body, flags=re.IGNORECASE):
            hits.append(article)
    return render(request, "blog/search.html", {"hits": hits, "q": term})
