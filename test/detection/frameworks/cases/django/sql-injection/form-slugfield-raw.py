from django import forms
from django.db import connection
from django.http import JsonResponse


class TagForm(forms.Form):
    tag = forms.SlugField(max_length=50)


def tag_count(request):
    form = TagForm(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    with connection.cursor() as cur:
        cur.execute(f"SELECT COUNT(*) FROM blog_post_tags WHERE tag_slug = '{form.cleaned_data['tag']}'")
        (count,) = cur.fetchone()
    return JsonResponse({"count": count})
