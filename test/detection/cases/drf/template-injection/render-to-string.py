from django.template.loader import render_to_string
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def invoice_preview(request):
    html = render_to_string(
        "orders/invoice_preview.html",
        {"note": request.data.get("note", ""), "company": request.data.get("company", "")},
    )
    return Response({"html": html})
