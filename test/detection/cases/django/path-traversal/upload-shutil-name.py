import shutil

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse


@login_required
def upload_attachment(request):
    upload = request.FILES["attachment"]
    dest = "/srv/shop/attachments/" + upload.name
    with open(dest, "wb") as out:
        shutil.copyfileobj(upload.file, out)
    return JsonResponse({"stored": upload.name})
