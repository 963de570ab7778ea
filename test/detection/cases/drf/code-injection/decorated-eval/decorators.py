from functools import wraps


def with_formula(view):
    @wraps(view)
    def inner(self, request, *args, **kwargs):
        formula = request.data.get("formula", "price")
        return view(self, request, formula, *args, **kwargs)

    return inner
