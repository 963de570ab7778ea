from django.db import connection
from django.http import JsonResponse

from .text_utils import clean_term


def tag_search(request):
    term = clean_term(request.GET.get("tag", ""))
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, label FROM blog_tag WHERE label = '" + term + "'")
        tags = [{"id": i, "label": label} for i, label in cursor.fetchall()]
    return JsonResponse({"tags": tags, "query": term})
