from django.db.models.expressions import RawSQL
from django.shortcuts import render

from .models import Product


def recommended(request):
    segment = request.COOKIES.get("segment", "default")
    score = RawSQL(
        "SELECT weight FROM catalog_segmentweight w "
        "WHERE w.product_id = catalog_product.id AND w.segment = '" + segment + "'",
        (),
    )
    products = Product.objects.annotate(score=score).order_by("-score")[:12]
    return render(request, "catalog/recommended.html", {"products": products})
