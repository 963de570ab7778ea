from django.db import connection
from django.shortcuts import render


def collection(request, name):
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT p.id, p.name FROM catalog_product p JOIN catalog_collection c "
            f"ON c.id = p.collection_id WHERE c.title = '{name}'"
        )
        products = cursor.fetchall()
    return render(request, "catalog/collection.html", {"products": products, "name": name})
