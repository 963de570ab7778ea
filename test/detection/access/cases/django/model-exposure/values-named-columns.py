from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from hr.models import Employee


@login_required
def staff_directory(request):
    rows = Employee.objects.filter(active=True).values("id", "full_name", "department", "office_phone")
    return JsonResponse({"staff": list(rows)})
