from django.utils.html import escape
from rest_framework.decorators import api_view, renderer_classes
from rest_framework.renderers import StaticHTMLRenderer
from rest_framework.response import Response


@api_view(["GET"])
@renderer_classes([StaticHTMLRenderer])
def badge(request):
    label = request.query_params.get("label", "build")
    return Response(f"<span class='badge'>{escape(label)}: passing</span>")
