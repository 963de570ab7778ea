from django.shortcuts import redirect

pick_next = lambda req: req.POST.get("next") or req.GET.get("next") or "/"


def newsletter_signup(request):
    email = request.POST.get("email", "")
    if email:
        request.user.profile.newsletter = True
    return redirect(pick_next(request))
