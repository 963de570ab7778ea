from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import user_passes_test
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone


@user_passes_test(lambda u: u.is_superuser)
def force_password_rotation(request, user_id):
    user = get_object_or_404(get_user_model(), pk=user_id)
    profile = user.profile
    profile.password_expired = request.POST.get("expire") == "on"
    profile.password_changed_at = timezone.now()
    profile.save()
    return redirect("staff:user-detail", user_id=user.pk)
