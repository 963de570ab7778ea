from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from stats.series import daily_signups


@login_required
def dashboard(request):
    days = request.GET.get("days", "30")
    return render(request, "stats/dashboard.html", {"days": days, "series": daily_signups(request.user.team_id)})
