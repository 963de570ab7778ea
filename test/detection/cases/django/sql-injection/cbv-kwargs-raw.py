from django.shortcuts import render
from django.urls import path
from django.views import View

from .models import Product


class BrandProductsView(View):
    template_name = "catalog/brand.html"

    def get(self, request, *args, **kwargs):
        brand = self.kwargs["brand"]
        products = Product.objects.raw(
            "SELECT * FROM catalog_product WHERE brand_slug = '%s' AND active = true" % brand
        )
        return render(request, self.template_name, {"products": products, "brand": brand})


urlpatterns = [
    path("brands/<str:brand>/", BrandProductsView.as_view(), name="brand-products"),
]
