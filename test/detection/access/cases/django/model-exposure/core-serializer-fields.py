from django.core import serializers
from django.http import HttpResponse

from catalog.models import Product


def catalogue_feed(request):
    data = serializers.serialize("json", Product.objects.filter(published=True), fields=("name", "slug", "price", "image"))
    return HttpResponse(data, content_type="application/json")
