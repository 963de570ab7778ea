from jinja2 import Template
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Shop


@api_view(["POST"])
def preview_footer(request):
    shop = Shop.objects.get(owner=request.user)
    footer_source = request.data.get("footer", "")
    rendered = Template(footer_source).render(shop_name=shop.name, vat_id=shop.vat_id)
    return Response({"preview": rendered})
