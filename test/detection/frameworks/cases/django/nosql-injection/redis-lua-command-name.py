from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django_redis import get_redis_connection

INSPECT = "return redis.call(ARGV[1], KEYS[1])"


@staff_member_required
def inspect_key(request):
    conn = get_redis_connection("default")
    result = conn.eval(INSPECT, 1, request.GET["key"], request.GET.get("op", "TTL"))
    return JsonResponse({"result": result if isinstance(result, int) else str(result)})
