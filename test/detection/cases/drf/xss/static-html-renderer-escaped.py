import html

from rest_framework.decorators import api_view, renderer_classes
from rest_framework.renderers import StaticHTMLRenderer
from rest_framework.response import Response


@api_view(["GET"])
@renderer_classes([StaticHTMLRenderer])
def order_banner(request):
    customer = html.escape(request.query_params.get("customer", "friend"))
    data = "<html><body><p>Thanks for your order, %s!</p></body></html>" % customer
    return Response(data)
