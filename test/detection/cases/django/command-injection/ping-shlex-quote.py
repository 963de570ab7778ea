import shlex
import subprocess

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse


@staff_member_required
def ping_host(request):
    host = request.GET.get("host", "localhost")
    cmd = "ping -c 1 -W 2 {}".format(shlex.quote(host))
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=10)
    return HttpResponse(proc.stdout, content_type="text/plain")
