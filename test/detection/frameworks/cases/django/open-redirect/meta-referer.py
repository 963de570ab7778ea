from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from .models import Bookmark


@require_POST
def toggle_bookmark(request, article_id):
    Bookmark.toggle(request.user, article_id)
    return redirect(request.META.get("HTTP_REFERER", "/"))
