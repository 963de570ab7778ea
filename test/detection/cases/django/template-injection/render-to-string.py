from django.http import HttpResponse
from django.template.loader import render_to_string


def preview_card(request):
    message = request.POST.get("message", "")
    html = render_to_string("cards/gift_card.html", {"message": message}, request=request)
    return HttpResponse(html)
