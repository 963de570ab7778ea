import json

import stripe
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from graphene_django.views import GraphQLView


@csrf_exempt  # expect: PY-AUTHZ-CSRF-EXEMPT
def update_address(request):
    if request.method == "POST":
        request.user.profile.address = request.POST["address"]
        request.user.profile.save()
    return JsonResponse({"ok": True})


@csrf_exempt  # expect: PY-AUTHZ-CSRF-EXEMPT
@require_http_methods(["DELETE"])
def delete_account(request):
    request.user.delete()
    return HttpResponse(status=204)


@csrf_exempt  # ok: PY-AUTHZ-CSRF-EXEMPT
def healthcheck(request):
    return JsonResponse({"status": "ok"})


@csrf_exempt  # ok: PY-AUTHZ-CSRF-EXEMPT
@require_POST
def stripe_webhook(request):
    event = stripe.Webhook.construct_event(request.body, request.headers["Stripe-Signature"], settings.STRIPE_WEBHOOK_SECRET)
    return JsonResponse({"received": event["type"]})


@require_POST
def add_to_cart(request):  # ok: PY-AUTHZ-CSRF-EXEMPT
    data = json.loads(request.body)
    request.session.setdefault("cart", []).append(data["sku"])
    return JsonResponse({"ok": True})


@method_decorator(csrf_exempt, name="dispatch")  # expect: PY-AUTHZ-CSRF-EXEMPT
class CheckoutView(View):
    def post(self, request):
        return JsonResponse({"order": 1})


@method_decorator(csrf_exempt, name="dispatch")  # ok: PY-AUTHZ-CSRF-EXEMPT
class StatusView(View):
    def get(self, request):
        return JsonResponse({"status": "ok"})


def key_and_ip_auth(view):
    return view


@require_POST
@key_and_ip_auth
@csrf_exempt  # hotspot: PY-AUTHZ-CSRF-EXEMPT
def archive(request):
    # A machine API authenticated by its key and source IP: no browser session to forge.
    return JsonResponse({"stored": request.POST["mlist"]})


class OAuthLibMixin:
    pass


@method_decorator(csrf_exempt, name="dispatch")  # hotspot: PY-AUTHZ-CSRF-EXEMPT
class TokenView(OAuthLibMixin, View):
    def post(self, request):
        url, headers, body, status = self.create_token_response(request)
        return HttpResponse(body, status=status)


@csrf_exempt  # hotspot: PY-AUTHZ-CSRF-EXEMPT
def apple_post_callback(request):
    # The provider's form_post arrives cross-site by design; the OAuth state is the defence.
    request.session["apple_response"] = dict(request.POST)
    return HttpResponse(status=302)


urlpatterns = [
    path("graphql/", csrf_exempt(GraphQLView.as_view(graphiql=True))),  # expect: PY-AUTHZ-CSRF-EXEMPT
    path("checkout/", CheckoutView.as_view()),  # ok: PY-AUTHZ-CSRF-EXEMPT
]


def as_view_exempt(view):
    return csrf_exempt(view)  # ok: PY-AUTHZ-CSRF-EXEMPT
