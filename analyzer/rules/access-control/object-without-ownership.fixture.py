from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from django.views.decorators.http import require_POST
from django.views.generic import DetailView

from shop.models import Document, Invoice, Message, Note, Order, Product


@login_required
def cancel_order(request, pk):
    order = Order.objects.get(pk=pk)  # expect: PY-AUTHZ-IDOR
    order.status = "cancelled"
    order.save()
    return JsonResponse({})


@login_required
def cancel_own_order(request, pk):
    order = get_object_or_404(Order, pk=pk, customer=request.user)  # ok: PY-AUTHZ-IDOR
    order.status = "cancelled"
    order.save()
    return JsonResponse({})


@login_required
def invoice(request, invoice_id):
    inv = get_object_or_404(Invoice, id=invoice_id)  # expect: PY-AUTHZ-IDOR
    return JsonResponse({"total": inv.total})


@login_required
def product(request, pk):
    item = get_object_or_404(Product, pk=pk)  # hotspot: PY-AUTHZ-IDOR
    return JsonResponse({"name": item.name})


@login_required
@require_POST
def delete_message(request):
    Message.objects.filter(pk=request.POST["message_id"]).delete()  # expect: PY-AUTHZ-IDOR
    return JsonResponse({})


@login_required
@require_POST
def delete_own_message(request):
    Message.objects.filter(pk=request.POST["message_id"], recipient=request.user).delete()  # ok: PY-AUTHZ-IDOR
    return JsonResponse({})


@login_required
def note(request, pk):
    n = get_object_or_404(Note, pk=pk)  # ok: PY-AUTHZ-IDOR
    if n.owner_id != request.user.pk:
        raise Http404
    return JsonResponse({"body": n.body})


class DocumentDetail(LoginRequiredMixin, DetailView):
    model = Document  # expect: PY-AUTHZ-IDOR


class OwnDocumentDetail(LoginRequiredMixin, DetailView):
    model = Document  # ok: PY-AUTHZ-IDOR

    def get_queryset(self):
        return Document.objects.filter(owner=self.request.user)


def public_order(request, pk):
    order = Order.objects.get(pk=pk)  # ok: PY-AUTHZ-IDOR
    return JsonResponse({"status": order.status})


urlpatterns = [
    path("orders/<int:pk>/cancel/", cancel_order),
    path("orders/<int:pk>/cancel-own/", cancel_own_order),
    path("invoices/<int:invoice_id>/", invoice),
    path("orders/<int:pk>/public/", public_order),
    path("products/<int:pk>/", product),
    path("messages/delete/", delete_message),
    path("messages/delete-own/", delete_own_message),
    path("notes/<int:pk>/", note),
    path("documents/<int:pk>/", DocumentDetail.as_view()),
    path("documents/<int:pk>/own/", OwnDocumentDetail.as_view()),
]
