from django.http import JsonResponse


def products_page(request):
    page = int(request.GET.get("page", "1"))
    response = JsonResponse({"page": page, "results": []})
    response["X-Page"] = str(page)
    response["Link"] = f'</api/products?page={page + 1}>; rel="next"'
    return response
