from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

SAFE_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)


@require_POST
def supplier_invoice(request):
    root = etree.fromstring(request.body, parser=SAFE_PARSER)
    lines = [
        {"sku": line.findtext("sku"), "qty": int(line.findtext("qty") or 0)}
        for line in root.iterfind(".//line")
    ]
    return JsonResponse({"lines": lines})
