import os
import shlex


def flush_dns(body):
    os.system("resolvectl flush-caches && resolvectl query -- " + shlex.quote(body["hostname"]))
    return None, 204
