# assay-fixture: path=developers/views.py
# Views named for tokens or registration that only a signed-in user reaches are no logins: nothing
# here takes a password or a code from an anonymous caller. A sign-in view that sends users already
# signed in on (Django's redirect_authenticated_user) still takes passwords from everyone else.
from django.contrib.auth import authenticate, login
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import path
from django.views import View

from .models import AccessToken, ClientApp


class ClientRegistration(LoginRequiredMixin, View):
    def post(self, request):  # ok: PY-AUTH-NO-THROTTLE
        ClientApp.objects.create(owner=request.user, name=request.POST["name"])
        return HttpResponse("created")


class AuthorizedTokenDeleteView(LoginRequiredMixin, View):
    def post(self, request, pk):  # ok: PY-AUTH-NO-THROTTLE
        AccessToken.objects.filter(user=request.user, pk=pk).delete()
        return HttpResponse("deleted")


class TokenView(View):
    def post(self, request):  # expect: PY-AUTH-NO-THROTTLE
        token = AccessToken.objects.filter(code=request.POST["code"]).first()
        return HttpResponse(token.key if token else "no", status=200 if token else 400)


class SignedInGoHomeMixin:
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            if request.path == "/":
                raise ValueError("redirect loop: the home page sends signed-in users back here")
            return HttpResponseRedirect("/")
        return super().dispatch(request, *args, **kwargs)


class SignInView(SignedInGoHomeMixin, View):
    def post(self, request):  # expect: PY-AUTH-NO-THROTTLE
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is None:
            return HttpResponse(status=401)
        login(request, user)
        return HttpResponse("ok")


urlpatterns = [
    path("apps/register/", ClientRegistration.as_view()),
    path("tokens/<int:pk>/delete/", AuthorizedTokenDeleteView.as_view()),
    path("token/", TokenView.as_view()),
    path("signin/", SignInView.as_view()),
]
