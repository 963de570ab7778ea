import logging

from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import DigitalProduct

audit = logging.getLogger("shop.audit")


def download(request, pk):
    product = get_object_or_404(DigitalProduct, pk=pk, buyers=request.user)
    agent = request.headers.get("User-Agent", "-")
    audit.info(f"user={request.user.pk} downloaded product={product.pk} agent={agent}")
    return FileResponse(product.file.open("rb"), as_attachment=True)
