from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django_redis import get_redis_connection


@login_required
def push_recent_search(request):
    term = request.POST.get("term", "")
    keep = request.POST.get("keep", "20")
    conn = get_redis_connection("default")
    script = f"redis.call('LPUSH', KEYS[1], ARGV[1]) redis.call('LTRIM', KEYS[1], 0, {keep} - 1) return redis.call('LLEN', KEYS[1])"
    size = conn.eval(script, 1, f"recent:{request.user.pk}", term)
    return JsonResponse({"size": size})
