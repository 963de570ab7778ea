from django.shortcuts import redirect


def set_page_size(request):
    try:
        size = int(request.POST.get("page_size", "24"))
    except ValueError:
        size = 24
    size = max(12, min(size, 96))
    request.session["page_size"] = size
    return redirect(request.path)
