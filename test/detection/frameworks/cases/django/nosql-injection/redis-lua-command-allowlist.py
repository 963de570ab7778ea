from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, JsonResponse
from django_redis import get_redis_connection

INSPECT = "return redis.call(ARGV[1], KEYS[1])"
OPERATIONS = {"TTL", "TYPE", "STRLEN", "EXISTS"}


@staff_member_required
def inspect_key(request):
    op = request.GET.get("op", "TTL").upper()
    if op not in OPERATIONS:
        return HttpResponseBadRequest("unsupported operation")
    conn = get_redis_connection("default")
    result = conn.eval(INSPECT, 1, request.GET["key"], op)
    return JsonResponse({"result": result if isinstance(result, int) else str(result)})
