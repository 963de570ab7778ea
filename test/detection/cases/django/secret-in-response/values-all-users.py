from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.models import User
from django.http import JsonResponse


@staff_member_required
def user_directory(request):
    users = list(User.objects.filter(is_active=True).values())
    return JsonResponse({"users": users})
