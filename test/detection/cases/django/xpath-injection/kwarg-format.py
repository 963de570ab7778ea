from django.http import JsonResponse
from django.urls import path
from lxml import etree

STORES = etree.parse("/srv/shop/data/stores.xml")


def store_hours(request, city):
    nodes = STORES.xpath("//store[city='%s']/hours/text()" % city)
    return JsonResponse({"city": city, "hours": [str(n) for n in nodes]})


urlpatterns = [path("stores/<str:city>/hours/", store_hours)]
