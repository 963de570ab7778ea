from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def provision_ftp_account(request):
    username = request.POST["username"]
    password = request.POST["password"]
    get_user_model().objects.create_user(username, password=password)
    with open(settings.FTP_USERS_FILE, "a", encoding="utf-8") as fh:
        fh.write(f"{username}:{password}\n")
    return JsonResponse({"created": username}, status=201)
