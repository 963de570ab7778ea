from django.contrib.auth.decorators import login_required
from django.http import JsonResponse


@login_required
def security_overview(request):
    user = request.user
    return JsonResponse({
        "has_usable_password": user.has_usable_password(),
        "password_last_changed": user.profile.password_changed_at.isoformat(),
        "two_factor": user.profile.totp_enabled,
    })
