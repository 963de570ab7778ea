from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import get_object_or_404, redirect
from django.views import View
from django.views.generic import DetailView

from .models import Project


class ProjectDetailView(LoginRequiredMixin, DetailView):
    model = Project
    template_name = "projects/detail.html"


class ArchiveProjectView(View):
    def post(self, request, pk):
        project = get_object_or_404(Project, pk=pk)
        project.archived = True
        project.save(update_fields=["archived"])
        return redirect("projects:list")
