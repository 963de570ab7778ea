import os

RECEIPT_DIR = "/srv/shop/receipts"


def print_receipt(order_id, printer):
    path = f"{RECEIPT_DIR}/{order_id}.pdf"
    return os.system(f"lp -d {printer} {path}")
