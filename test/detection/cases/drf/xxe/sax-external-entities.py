import xml.sax
from xml.sax.handler import feature_external_ges

from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView


class SkuCollector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.skus = []

    def startElement(self, name, attrs):
        if name == "item" and "sku" in attrs:
            self.skus.append(attrs["sku"])


class CatalogUpload(APIView):
    parser_classes = [MultiPartParser]

    def post(self, request):
        handler = SkuCollector()
        parser = xml.sax.make_parser()
        parser.setFeature(feature_external_ges, True)
        parser.setContentHandler(handler)
        parser.parse(request.FILES["catalog"])
        return Response({"skus": handler.skus})
