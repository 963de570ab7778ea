from rest_framework.decorators import api_view, parser_classes
from rest_framework.parsers import FileUploadParser
from rest_framework.response import Response


@api_view(["POST"])
@parser_classes([FileUploadParser])
def upload_svg(request, filename):
    from defusedxml import minidom

    doc = minidom.parseString(request.data["file"].read())
    svg = doc.documentElement
    return Response({"width": svg.getAttribute("width"), "height": svg.getAttribute("height")})
