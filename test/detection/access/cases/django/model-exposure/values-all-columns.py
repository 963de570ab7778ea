from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from hr.models import Employee


@login_required
def staff_directory(request):
    return JsonResponse({"staff": list(Employee.objects.filter(active=True).values())})
