from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_POST


@login_required
@require_POST
def delete_user(request, pk):  # expect: PY-AUTHZ-PRIVILEGED-NO-CHECK
    User.objects.filter(pk=pk).delete()
    return JsonResponse({})


@staff_member_required
@require_POST
def delete_user_staff(request, pk):  # ok: PY-AUTHZ-PRIVILEGED-NO-CHECK
    User.objects.filter(pk=pk).delete()
    return JsonResponse({})


@login_required
@require_POST
def delete_user_checked(request, pk):  # ok: PY-AUTHZ-PRIVILEGED-NO-CHECK
    if not request.user.is_superuser:
        return JsonResponse({}, status=403)
    User.objects.filter(pk=pk).delete()
    return JsonResponse({})


@login_required
def role_report(request):  # expect: PY-AUTHZ-PRIVILEGED-NO-CHECK
    # Every user's record, on a page any account can open.
    return JsonResponse({"users": list(User.objects.values("username"))})


@login_required
def role_help(request):  # hotspot: PY-AUTHZ-PRIVILEGED-NO-CHECK
    return JsonResponse({"roles": ["editor", "viewer"]})


@login_required
def role_mine(request):  # hotspot: PY-AUTHZ-PRIVILEGED-NO-CHECK
    return JsonResponse({"groups": list(request.user.groups.values("name"))})


@login_required
def profile(request):  # ok: PY-AUTHZ-PRIVILEGED-NO-CHECK
    return JsonResponse({"name": request.user.username})


@login_required
@require_POST
def block_member(request, pk):  # expect: PY-AUTHZ-PRIVILEGED-NO-CHECK
    User.objects.filter(pk=pk).update(is_active=False)
    return JsonResponse({})


@login_required
@require_POST
def close_my_account(request):  # ok: PY-AUTHZ-PRIVILEGED-NO-CHECK
    request.user.is_active = False
    request.user.save()
    return JsonResponse({})


urlpatterns = [
    path("team/<int:pk>/block/", block_member),
    path("account/close/", close_my_account),
    path("admin/users/<int:pk>/delete/", delete_user),
    path("staff/users/<int:pk>/delete/", delete_user_staff),
    path("admin/users/<int:pk>/remove/", delete_user_checked),
    path("roles/", role_report),
    path("roles/help/", role_help),
    path("roles/mine/", role_mine),
    path("profile/", profile),
]
