from lxml import etree
from rest_framework.parsers import BaseParser
from rest_framework.response import Response
from rest_framework.views import APIView


class RawXMLParser(BaseParser):
    media_type = "application/xml"

    def parse(self, stream, media_type=None, parser_context=None):
        return stream.read()


class FeedImportView(APIView):
    parser_classes = [RawXMLParser]

    def post(self, request):
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
        root = etree.fromstring(request.data, parser)
        skus = [item.findtext("sku") for item in root.iter("item")]
        return Response({"count": len(skus), "skus": skus[:20]})
