from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import DetailView

from .models import Document


class DocumentDetailView(LoginRequiredMixin, DetailView):
    template_name = "docs/detail.html"
    context_object_name = "document"

    def get_queryset(self):
        return Document.objects.filter(owner=self.request.user)
