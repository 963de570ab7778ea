from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import Invoice


@login_required
def invoice_pdf(request, pk):
    invoice = get_object_or_404(Invoice, pk=pk, account__members=request.user)
    return FileResponse(invoice.pdf.open("rb"), filename=f"invoice-{invoice.number}.pdf")
