import math

STATS = {"visits": 1520, "signups": 87, "churned": 12}


def compute(expression):
    value = eval(expression, {"math": math}, dict(STATS))
    return {"expression": expression, "value": value}
