from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.db.models import Sum
from django.urls import include, path
from django.utils import timezone
from django.views.generic import TemplateView
from rest_framework import permissions, routers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from billing.models import Expense, Invoice


class ExpenseViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Expense.objects.filter(submitter=self.request.user)

    @action(detail=True, methods=["post"])
    def sign(self, request, pk=None):  # expect: PY-AUTHZ-PRIVILEGED-NO-CHECK
        expense = Expense.objects.get(pk=pk)
        expense.approved_by = request.user
        expense.save()
        return Response({"ok": True})

    @action(detail=True, methods=["post"], permission_classes=[permissions.IsAdminUser])
    def countersign(self, request, pk=None):  # ok: PY-AUTHZ-PRIVILEGED-NO-CHECK
        expense = Expense.objects.get(pk=pk)
        expense.approved_by = request.user
        expense.save()
        return Response({"ok": True})

    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):  # ok: PY-AUTHZ-PRIVILEGED-NO-CHECK
        expense = self.get_object()
        expense.withdrawn_by = request.user
        expense.withdrawn_at = timezone.now()
        expense.save()
        return Response({"ok": True})


class RevenueReport(LoginRequiredMixin, TemplateView):  # expect: PY-AUTHZ-PRIVILEGED-NO-CHECK
    template_name = "staff/revenue.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["by_customer"] = Invoice.objects.values("customer__name").annotate(total=Sum("amount"))
        return ctx


class RevenueReportForStaff(LoginRequiredMixin, UserPassesTestMixin, TemplateView):  # ok: PY-AUTHZ-PRIVILEGED-NO-CHECK
    template_name = "staff/revenue.html"

    def test_func(self):
        return self.request.user.is_staff

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["by_customer"] = Invoice.objects.values("customer__name").annotate(total=Sum("amount"))
        return ctx


class MyInvoices(LoginRequiredMixin, TemplateView):  # hotspot: PY-AUTHZ-PRIVILEGED-NO-CHECK
    template_name = "staff/mine.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["invoices"] = Invoice.objects.filter(customer=self.request.user).values("number")
        return ctx


router = routers.DefaultRouter()
router.register("expenses", ExpenseViewSet, basename="expense")
urlpatterns = [
    path("api/", include(router.urls)),
    path("staff/revenue/", RevenueReport.as_view()),
    path("staff/revenue/all/", RevenueReportForStaff.as_view()),
    path("staff/mine/", MyInvoices.as_view()),
]
