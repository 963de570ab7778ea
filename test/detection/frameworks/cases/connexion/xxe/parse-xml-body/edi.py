from lxml import etree


def receive(body):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    doc = etree.fromstring(body.encode() if isinstance(body, str) else body, parser)
    return {"order": doc.findtext("OrderNumber")}, 202
