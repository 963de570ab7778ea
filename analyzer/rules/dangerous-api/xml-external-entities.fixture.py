import xml.sax
from xml.sax.handler import feature_external_ges

from lxml import etree
from django.http import HttpResponse

SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)  # ok: PY-API-XXE


def import_catalog(request):
    parser = etree.XMLParser(resolve_entities=True)  # expect: PY-API-XXE
    tree = etree.fromstring(request.body, parser)  # ok: PY-API-XXE
    return HttpResponse(str(len(tree)))


def import_feed(path):
    return etree.parse(path)  # expect: PY-API-XXE


def import_feed_safely(path):
    return etree.parse(path, SAFE_PARSER)  # ok: PY-API-XXE


def import_remote_schema(data):
    parser = etree.XMLParser(no_network=False)  # expect: PY-API-XXE
    return etree.XML(data, parser=parser)  # ok: PY-API-XXE


def parse_invoice(stream, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)  # expect: PY-API-XXE
    parser.setContentHandler(handler)
    parser.parse(stream)


def parse_invoice_safely(stream, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)  # ok: PY-API-XXE
    parser.setContentHandler(handler)
    parser.parse(stream)
