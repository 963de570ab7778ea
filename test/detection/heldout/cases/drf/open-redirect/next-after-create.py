from django.shortcuts import redirect
from django.urls import reverse
from rest_framework.decorators import api_view, renderer_classes
from rest_framework.renderers import TemplateHTMLRenderer

from .serializers import TicketSerializer


@api_view(["POST"])
@renderer_classes([TemplateHTMLRenderer])
def open_ticket(request):
    ser = TicketSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    ticket = ser.save(reporter=request.user)
    return redirect(request.data.get("next") or reverse("support:ticket", kwargs={"pk": ticket.pk}))
