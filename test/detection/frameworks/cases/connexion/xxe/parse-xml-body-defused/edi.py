from defusedxml.ElementTree import fromstring


def receive(body):
    doc = fromstring(body)
    return {"order": doc.findtext("OrderNumber")}, 202
