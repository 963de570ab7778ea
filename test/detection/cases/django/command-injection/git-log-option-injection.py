import subprocess

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse


@staff_member_required
def changelog(request):
    ref = request.GET.get("ref", "HEAD")
    output = subprocess.check_output(
        ["git", "-C", "/srv/shop", "log", "--oneline", "-n", "50", ref],
        text=True,
    )
    return HttpResponse(output, content_type="text/plain")
