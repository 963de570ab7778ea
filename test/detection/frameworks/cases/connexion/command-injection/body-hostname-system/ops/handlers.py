import os


def flush_dns(body):
    os.system("resolvectl flush-caches && resolvectl query " + body["hostname"])
    return None, 204
