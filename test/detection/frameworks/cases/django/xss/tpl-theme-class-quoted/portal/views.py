from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from portal.widgets import widgets_for


@login_required
def home(request):
    theme = request.GET.get("theme", request.COOKIES.get("theme", "light"))
    return render(request, "portal/home.html", {"theme": theme, "widgets": widgets_for(request.user)})
