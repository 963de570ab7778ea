import os

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse


@staff_member_required
def ping_host(request):
    host = request.GET.get("host", "localhost")
    status = os.system("ping -c 1 -W 2 " + host + " > /dev/null 2>&1")
    text = "reachable" if status == 0 else "unreachable"
    return HttpResponse(text, content_type="text/plain")
