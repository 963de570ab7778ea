// A Python project of ordinary code, sized by its bytes of source: Django-style models, forms,
// services calling each other across modules, views reading the request and rendering templates.
// Unlike findings-project.ts almost nothing in it is a finding: the memory it costs is the cost of
// the code itself (trees, taint facts, call graph), which issue 10's "3.6 MB of source at 1.16 GB"
// was about.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function models(app: string, m: number): string {
  return `
class Record${m}(models.Model):
    name = models.CharField(max_length=120)
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    created = models.DateTimeField(auto_now_add=True)
    score = models.IntegerField(default=0)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"${app}.Record${m}({self.name})"

    def bump(self, amount=1):
        self.score = self.score + amount
        self.save(update_fields=["score"])
        return self.score
`;
}

function services(app: string, m: number, prev: string): string {
  return `
def summarise_${m}(records, limit=10):
    rows = []
    for record in records[:limit]:
        label = record.name.strip().title()
        if len(label) > 40:
            label = label[:40] + "..."
        rows.append({"id": record.pk, "label": label, "score": record.score})
    total = sum(row["score"] for row in rows)
    return {"rows": rows, "total": total, "app": "${app}", "before": ${prev}}


def rank_${m}(user, query=""):
    qs = Record${m}.objects.filter(owner=user)
    if query:
        qs = qs.filter(name__icontains=query)
    return summarise_${m}(list(qs.order_by("-score")))
`;
}

function views(m: number): string {
  return `
class RecordForm${m}(forms.Form):
    name = forms.CharField(max_length=120)
    score = forms.IntegerField(min_value=0, max_value=100)


@login_required
def list_${m}(request):
    query = request.GET.get("q", "")
    context = services.rank_${m}(request.user, query=query)
    return render(request, "records/list.html", context)


@login_required
def edit_${m}(request, pk):
    record = get_object_or_404(Record${m}, pk=pk, owner=request.user)
    form = RecordForm${m}(request.POST or None)
    if request.method == "POST" and form.is_valid():
        record.name = form.cleaned_data["name"]
        record.bump(form.cleaned_data["score"])
        return redirect("records:list_${m}")
    return render(request, "records/edit.html", {"form": form, "record": record})
`;
}

/** Writes apps of models/services/views modules under `root` until about `bytes` of source; returns the bytes written. */
export function writeOrdinaryProject(root: string, bytes: number): { files: number; bytes: number } {
  const PER_MODULE = 40;
  let written = 0;
  let files = 0;
  const put = (path: string, text: string) => {
    writeFileSync(join(root, path), text);
    written += Buffer.byteLength(text);
    files++;
  };
  for (let a = 0; written < bytes; a++) {
    const app = `app${String(a).padStart(3, '0')}`;
    mkdirSync(join(root, app), { recursive: true });
    put(`${app}/__init__.py`, '');
    const ids = Array.from({ length: PER_MODULE }, (_, i) => i);
    put(`${app}/models.py`, 'from django.db import models\n' + ids.map((m) => models(app, m)).join(''));
    put(`${app}/services.py`, 'from .models import *\n' + ids.map((m) => services(app, m, m > 0 ? `rank_${m - 1}.__name__` : 'None')).join(''));
    put(
      `${app}/views.py`,
      'from django import forms\nfrom django.contrib.auth.decorators import login_required\nfrom django.shortcuts import get_object_or_404, redirect, render\n\nfrom . import services\nfrom .models import *\n' +
        ids.map(views).join(''),
    );
    put(
      `${app}/urls.py`,
      'from django.urls import path\n\nfrom . import views\n\nurlpatterns = [\n' +
        ids.map((m) => `    path("${m}/", views.list_${m}),\n    path("${m}/<int:pk>/edit/", views.edit_${m}),\n`).join('') +
        ']\n',
    );
  }
  return { files, bytes: written };
}
