from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST

from .models import Comment, Thread


@login_required
def thread_detail(request, thread_id):
    thread = get_object_or_404(Thread, pk=thread_id)
    return render(request, "forum/thread.html", {"thread": thread, "comments": thread.comments.all()})


@login_required
@require_POST
def add_comment(request, thread_id):
    thread = get_object_or_404(Thread, pk=thread_id)
    Comment.objects.create(thread=thread, author=request.user, body=request.POST["body"])
    return HttpResponseRedirect(thread.get_absolute_url())


@require_POST
def delete_comment(request, comment_id):
    comment = get_object_or_404(Comment, pk=comment_id)
    thread_url = comment.thread.get_absolute_url()
    comment.delete()
    return HttpResponseRedirect(thread_url)
