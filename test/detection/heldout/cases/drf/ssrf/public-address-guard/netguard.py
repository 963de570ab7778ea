import ipaddress
import socket
from urllib.parse import urlparse


def is_public_http_url(url: str) -> bool:
    parts = urlparse(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)
