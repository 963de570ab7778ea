# assay-fixture: path=developers/views.py
# Views named for tokens or registration that only a signed-in user reaches are no logins: nothing
# here takes a password or a code from an anonymous caller.
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
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


urlpatterns = [
    path("apps/register/", ClientRegistration.as_view()),
    path("tokens/<int:pk>/delete/", AuthorizedTokenDeleteView.as_view()),
    path("token/", TokenView.as_view()),
]
