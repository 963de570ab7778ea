from lxml import etree

CATALOG = etree.parse("/srv/catalog.xml")


def product(request):
    sku = request.GET["sku"]
    a = CATALOG.xpath(f"//product[@sku='{sku}']")  # expect: PY-INJ-XPATH
    b = CATALOG.xpath("//product[@sku=$sku]", sku=sku)  # ok: PY-INJ-XPATH
    return a + b
