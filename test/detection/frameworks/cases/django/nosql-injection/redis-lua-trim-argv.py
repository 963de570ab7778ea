from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django_redis import get_redis_connection

PUSH_RECENT = (
    "redis.call('LPUSH', KEYS[1], ARGV[1]) "
    "redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1) "
    "return redis.call('LLEN', KEYS[1])"
)


@login_required
def push_recent_search(request):
    term = request.POST.get("term", "")
    keep = min(max(int(request.POST.get("keep", "20")), 1), 100)
    conn = get_redis_connection("default")
    size = conn.eval(PUSH_RECENT, 1, f"recent:{request.user.pk}", term, keep)
    return JsonResponse({"size": size})
