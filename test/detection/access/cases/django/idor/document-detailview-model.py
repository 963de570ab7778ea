from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import DetailView

from .models import Document


class DocumentDetailView(LoginRequiredMixin, DetailView):
    model = Document
    template_name = "docs/detail.html"
    context_object_name = "document"
