# assay-fixture: path=accounts/views.py
# A Django sign-in view answering POST and PUT is one form: one finding, on the method that checks
# the password.
from django.contrib.auth import authenticate, login
from django.http import HttpResponse
from django.urls import path
from django.views import View


class SignInView(View):
    def post(self, request):  # expect: PY-AUTH-NO-THROTTLE
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is None:
            return HttpResponse(status=401)
        login(request, user)
        return HttpResponse("ok")

    def put(self, request):  # ok: PY-AUTH-NO-THROTTLE
        return self.post(request)


urlpatterns = [
    path("signin/", SignInView.as_view()),
]
