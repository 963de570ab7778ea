import tarfile

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse

THEMES_DIR = "/srv/shop/themes"


@staff_member_required
def install_theme(request):
    archive = request.FILES["theme"]
    with tarfile.open(fileobj=archive.file, mode="r:gz") as tar:
        tar.extractall(path=THEMES_DIR)
        names = tar.getnames()
    return JsonResponse({"installed": names[:10]})
