from django.db import connection
from django.http import JsonResponse

from .text_utils import clean_term


def tags_by_ids(request):
    ids = clean_term(request.GET.get("ids", "0"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, label FROM blog_tag WHERE id IN (" + ids + ") ORDER BY label")
        tags = [{"id": i, "label": label} for i, label in cursor.fetchall()]
    return JsonResponse({"tags": tags, "query": ids})
