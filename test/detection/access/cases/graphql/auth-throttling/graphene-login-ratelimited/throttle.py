import functools

from django.core.cache import cache
from graphql import GraphQLError


def ratelimit_mutation(rate):
    count, _, period = rate.partition("/")
    window = {"s": 1, "m": 60, "h": 3600}[period]

    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(root, info, **kwargs):
            ip = info.context.META.get("REMOTE_ADDR", "")
            key = f"gql-rl:{fn.__qualname__}:{ip}"
            hits = cache.get_or_set(key, 0, window)
            if hits >= int(count):
                raise GraphQLError("too many attempts")
            cache.incr(key)
            return fn(root, info, **kwargs)
        return wrapper
    return decorator
