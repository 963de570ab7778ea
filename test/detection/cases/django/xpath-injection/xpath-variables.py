from django.http import JsonResponse
from lxml import etree

PRICE_LIST = etree.parse("/srv/shop/data/pricelist.xml")


def price_for_sku(request):
    sku = request.GET.get("sku", "")
    matches = PRICE_LIST.xpath("//item[@sku=$sku]/price/text()", sku=sku)
    if not matches:
        return JsonResponse({"sku": sku, "price": None}, status=404)
    return JsonResponse({"sku": sku, "price": matches[0]})
