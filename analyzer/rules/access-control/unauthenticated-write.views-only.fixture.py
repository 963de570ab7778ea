# assay-fixture: path=notes/views.py
# A views module scanned without its URLconf: no route is read at all, so the views are judged by
# their own guards; the one write its siblings' login requirement does not cover is reported.
import sqlite3

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from notes.models import Note

db = sqlite3.connect("notes.db")


@login_required
def inbox(request):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    return JsonResponse({"notes": list(Note.objects.filter(owner=request.user).values("id"))})


@require_POST
def delete_note(request, note_id):  # expect: PY-AUTH-UNAUTHENTICATED-WRITE
    Note.objects.get(pk=note_id).delete()
    return JsonResponse({"ok": True})


@require_POST
def rename_note(request, note_id):  # expect: PY-AUTH-UNAUTHENTICATED-WRITE
    db.execute(f"UPDATE notes SET title = ? WHERE id = {int(note_id)}", (request.POST["title"],))
    return JsonResponse({"ok": True})


@require_POST
def search_notes(request):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    rows = db.execute("SELECT id FROM notes WHERE title = ?", (request.POST["q"],)).fetchall()
    return JsonResponse({"ids": [r[0] for r in rows]})
