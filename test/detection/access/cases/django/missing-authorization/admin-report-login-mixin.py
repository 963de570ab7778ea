from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Sum
from django.urls import path
from django.views.generic import TemplateView

from billing.models import Invoice


class RevenueReportView(LoginRequiredMixin, TemplateView):
    template_name = "staff/revenue.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["by_customer"] = Invoice.objects.values("customer__name").annotate(total=Sum("amount")).order_by("-total")
        return ctx


urlpatterns = [path("staff/revenue/", RevenueReportView.as_view())]
