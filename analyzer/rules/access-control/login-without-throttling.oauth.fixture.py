# assay-fixture: path=provider/views.py
# OAuth endpoints of a provider: the token endpoint's password grant takes a user's password; revocation
# and introspection authenticate the client by its generated secret (no login).
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View
from oauth2_provider.views.mixins import OAuthLibMixin

from provider.generic import ClientProtectedScopedResourceView


class TokenView(OAuthLibMixin, View):
    def post(self, request):  # hotspot: PY-AUTH-NO-THROTTLE
        url, headers, body, status = self.create_token_response(request)
        return HttpResponse(content=body, status=status)


class RevokeTokenView(OAuthLibMixin, View):
    def post(self, request):  # ok: PY-AUTH-NO-THROTTLE
        url, headers, body, status = self.create_revocation_response(request)
        return HttpResponse(content=body or "", status=status)


class IntrospectTokenView(ClientProtectedScopedResourceView):
    required_scopes = ["introspection"]

    def post(self, request):  # ok: PY-AUTH-NO-THROTTLE
        return JsonResponse({"active": bool(request.POST.get("token"))})


urlpatterns = [
    path("token/", TokenView.as_view()),
    path("revoke_token/", RevokeTokenView.as_view()),
    path("introspect_token/", IntrospectTokenView.as_view()),
]
