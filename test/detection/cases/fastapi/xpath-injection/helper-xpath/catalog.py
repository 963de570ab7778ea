from lxml import etree

_TREE = etree.parse("/var/lib/inventory/catalog.xml")


def products_by_name(name):
    expr = "//product[contains(name, '" + name + "')]"
    return [p.get("sku") for p in _TREE.xpath(expr)]
