from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.urls import path
from django_redis import get_redis_connection

BUMP = "return redis.call('ZINCRBY', KEYS[1], 1, ARGV[1])"


@login_required
def leaderboard_bump(request, board):
    member = request.POST.get("member", request.user.username)
    conn = get_redis_connection("default")
    bump = conn.register_script(BUMP)
    return JsonResponse({"score": float(bump(keys=[f"board:{board}"], args=[member]))})


urlpatterns = [path("boards/<str:board>/bump", leaderboard_bump)]
