from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required, permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@login_required
@permission_required("auth.change_user", raise_exception=True)
@require_POST
def deactivate_user(request, user_id):
    updated = get_user_model().objects.filter(pk=user_id).update(is_active=False)
    return JsonResponse({"deactivated": bool(updated)})
