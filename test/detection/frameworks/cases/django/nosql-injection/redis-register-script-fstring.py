from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.urls import path
from django_redis import get_redis_connection


@login_required
def leaderboard_bump(request, board):
    member = request.POST.get("member", request.user.username)
    conn = get_redis_connection("default")
    bump = conn.register_script(f"return redis.call('ZINCRBY', 'board:{board}', 1, '{member}')")
    return JsonResponse({"score": float(bump())})


urlpatterns = [path("boards/<str:board>/bump", leaderboard_bump)]
