# assay-fixture: path=accounts/views.py
# Forms behind a mailed link: the token in the path is the server's own random value, nothing to guess.
from django.contrib.auth import authenticate, login
from django.http import HttpResponse
from django.urls import path
from django.views import View


class PasswordResetConfirm(View):
    def post(self, request, uidb64, token):  # ok: PY-AUTH-NO-THROTTLE
        request.session["reset_user"] = uidb64
        return HttpResponse("choose a new password")


class InviteSignIn(View):
    def post(self, request, invite_token):  # expect: PY-AUTH-NO-THROTTLE
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is None:
            return HttpResponse(status=401)
        login(request, user)
        return HttpResponse("ok")


class VerifyOtp(View):
    def post(self, request, otp_token):  # hotspot: PY-AUTH-NO-THROTTLE
        return HttpResponse("checked")


urlpatterns = [
    path("reset/<uidb64>/<token>/", PasswordResetConfirm.as_view()),
    path("invite/<invite_token>/login/", InviteSignIn.as_view()),
    path("otp/verify/<otp_token>/", VerifyOtp.as_view()),
]
