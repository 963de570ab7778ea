from decimal import Decimal


def transfer_funds(from_user, to_account, amount):
    value = Decimal(amount)
    if value <= 0:
        raise ValueError("amount must be positive")
    return {"from": from_user, "to": to_account, "amount": str(value)}
