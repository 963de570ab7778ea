import os
import shutil

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

ATTACHMENTS = "/srv/shop/attachments"


@login_required
def upload_attachment(request):
    upload = request.FILES["attachment"]
    folder = request.POST.get("folder", "misc")
    dest = os.path.join(ATTACHMENTS, folder, upload.name)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest, "wb") as out:
        shutil.copyfileobj(upload.file, out)
    return JsonResponse({"stored": upload.name, "folder": folder})
