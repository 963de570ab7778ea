from rest_framework.decorators import api_view, parser_classes
from rest_framework.parsers import FileUploadParser
from rest_framework.response import Response


@api_view(["POST"])
@parser_classes([FileUploadParser])
def upload_svg(request, filename):
    from lxml import etree

    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    svg = etree.fromstring(request.data["file"].read(), parser)
    return Response({"width": svg.get("width"), "height": svg.get("height"), "title": svg.findtext("{*}title")})
