import ipaddress
import subprocess

__all__ = ["ping_host"]


def ping_host(host):
    addr = str(ipaddress.ip_address(host))
    return subprocess.check_output(["ping", "-c", "1", "-W", "2", addr], text=True)
