import xml.sax

from defusedxml import ElementTree as SafeET
from lxml import etree
from xml.sax.handler import feature_external_ges


def import_feed(request):
    unsafe = etree.XMLParser(resolve_entities=True)
    a = etree.fromstring(request.body, unsafe)  # expect: PY-INJ-XXE
    safe = etree.XMLParser(resolve_entities=False, no_network=True)
    b = etree.fromstring(request.body, safe)  # ok: PY-INJ-XXE
    c = SafeET.fromstring(request.body)  # ok: PY-INJ-XXE
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.parse(request.FILES["feed"])  # expect: PY-INJ-XXE
    return a, b, c
