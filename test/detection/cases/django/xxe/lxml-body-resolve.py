from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree


@require_POST
def supplier_invoice(request):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.body, parser=parser)
    total = sum(float(x.text or 0) for x in root.iterfind(".//amount"))
    return JsonResponse({"supplier": root.findtext("supplier"), "total": total})
