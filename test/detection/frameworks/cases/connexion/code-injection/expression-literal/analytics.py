import ast


def buckets(edges):
    try:
        bounds = [float(x) for x in ast.literal_eval(edges)]
    except (ValueError, SyntaxError, TypeError):
        return {"detail": "edges must be a list of numbers"}, 400
    return {"buckets": list(zip(bounds, bounds[1:]))}
