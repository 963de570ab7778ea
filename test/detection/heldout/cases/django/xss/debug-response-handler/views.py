from .debug import technical_error_response


class LookupFailed(Exception):
    pass


def lookup(request):
    sku = request.GET.get("sku", "")
    return technical_error_response(LookupFailed, f"no product with SKU {sku}", status_code=404)
