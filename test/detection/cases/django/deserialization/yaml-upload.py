import yaml
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse

from .models import Product


@staff_member_required
def import_products(request):
    uploaded = request.FILES["products"]
    data = yaml.load(uploaded.read(), Loader=yaml.Loader)
    for item in data:
        Product.objects.update_or_create(sku=item["sku"], defaults={"name": item["name"]})
    return JsonResponse({"imported": len(data)})
