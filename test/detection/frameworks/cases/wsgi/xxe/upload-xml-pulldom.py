from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def application(environ, start_response):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parse(environ["wsgi.input"], parser=parser)
    names = []
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "name":
            events.expandNode(node)
            names.append(node.firstChild.data if node.firstChild else "")
    start_response("200 OK", [("Content-Type", "text/plain")])
    return ["\n".join(names).encode()]
