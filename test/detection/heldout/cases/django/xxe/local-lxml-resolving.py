from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def import_feed(request):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.body, parser)
    items = [{"title": item.findtext("title"), "link": item.findtext("link")} for item in root.iter("item")]
    return JsonResponse({"items": items})
