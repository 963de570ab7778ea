from django.db import models
from django.shortcuts import redirect, render


class Member(models.Model):
    username = models.CharField(max_length=40, unique=True)
    password = models.CharField(max_length=128)


def member_login(request):
    if request.method != "POST":
        return render(request, "club/login.html")
    member = Member.objects.filter(username=request.POST.get("username", "")).first()
    if member is None or member.password != request.POST.get("password", ""):
        return render(request, "club/login.html", {"error": "Invalid credentials"}, status=401)
    request.session.cycle_key()
    request.session["member_id"] = member.pk
    return redirect("club:home")
